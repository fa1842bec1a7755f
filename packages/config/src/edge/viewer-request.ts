import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { ViewerRequestEvent, ViewerRequestOutcome } from './cloudfront.ts';

/** The viewer-request function of the public sites, byte for byte what infra deploys. */
export const VIEWER_REQUEST_FUNCTION_CODE: string = readFileSync(new URL('./viewer-request.js', import.meta.url), 'utf8');

/** CloudFront's limit on the size of a function's code. */
export const CLOUDFRONT_FUNCTION_MAX_BYTES = 10_240;

// Far above anything the function needs; only stops a runaway loop from hanging the local server.
const TIMEOUT_MS = 1000;

let sandbox: vm.Context | undefined;
const invoke = new vm.Script('JSON.stringify(handler(JSON.parse(__event)))', { filename: 'viewer-request-invoke.js' });

/**
 * Runs the deployed function's source on one event, as CloudFront does: in its own context with no
 * require, no process and no Node globals, its input and output passed as plain JSON data.
 */
export function runViewerRequest(event: ViewerRequestEvent): ViewerRequestOutcome {
  sandbox ??= loadFunction();
  sandbox.__event = JSON.stringify(event);
  const output: unknown = invoke.runInContext(sandbox, { timeout: TIMEOUT_MS });
  if (typeof output !== 'string') throw new Error('The viewer-request function returned nothing');
  const result = JSON.parse(output) as Record<string, unknown> | null;
  if (result && typeof result.statusCode === 'number') return { kind: 'response', response: result as never };
  if (result && typeof result.uri === 'string' && result.uri.startsWith('/')) return { kind: 'request', request: result as never };
  throw new Error(`The viewer-request function returned neither a request nor a response: ${output.slice(0, 200)}`);
}

function loadFunction(): vm.Context {
  // No eval or new Function, as in the CloudFront runtime.
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  new vm.Script(VIEWER_REQUEST_FUNCTION_CODE, { filename: 'viewer-request.js' }).runInContext(context, { timeout: TIMEOUT_MS });
  return context;
}
