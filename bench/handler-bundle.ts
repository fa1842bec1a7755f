/**
 * Figure: size of a handler's Lambda bundle (registration, vote), and the time a fresh Node 24 process
 * takes to load it (the module-scope part of a Lambda cold start, without the runtime's own start).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median, percentile, type Row, kb, ms } from './lib/stats.ts';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..');

export async function benchHandlerBundle(handler = 'create-registration', samples = 15): Promise<Row[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'union-bench-'));
  try {
    const outfile = path.join(dir, `${handler}.mjs`);
    // Same options as infra's NodejsFunction bundling (infra/lib/constructs/participation-api.ts):
    // one minified ESM file for Node 24 with an external source map, loaded with --enable-source-maps.
    await build({
      entryPoints: [path.join(repoRoot, 'functions/src/handlers', `${handler}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      minify: true,
      mainFields: ['module', 'main'],
      sourcemap: true,
      sourcesContent: false,
      outfile,
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'silent',
    });
    const code = await readFile(outfile);
    const loadTimes: number[] = [];
    const processTimes: number[] = [];
    const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(outfile).href)}); if (typeof m.handler !== 'function') throw new Error('no handler export'); console.log(performance.now() - t0);`;
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, NODE_OPTIONS: '--enable-source-maps', STAGE: 'local', LOG_LEVEL: 'WARN', DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' },
      });
      processTimes.push(performance.now() - started);
      loadTimes.push(Number(stdout.trim()));
    }
    return [
      { figure: `${handler} bundle`, value: `${kb(code.length)} (${kb(gzipSync(code).length)} gzip)`, note: 'esbuild, minified ESM, AWS SDK included' },
      { figure: `${handler} module init (fresh process)`, value: `${ms(median(loadTimes))} p50 / ${ms(percentile(loadTimes, 95))} p95`, note: `${samples} processes, Node ${process.versions.node}` },
      { figure: `${handler} whole process start + init`, value: `${ms(median(processTimes))} p50`, note: 'node start, import, exit' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
