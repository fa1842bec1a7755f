import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient, createDynamoClient } from '../src/lib/dynamodb.ts';
import { createTables } from '../src/lib/tables.ts';
import { campaignRulesRepository } from '../src/repositories/campaign-rules.ts';
import { eventHandlers, fallbackRoute, routes } from '../src/routes.ts';
import { openRules, uniqueSlug } from './support/test-api.ts';

const run = promisify(execFile);
const handlerNames = [...new Set([...routes.map((r) => r.handler), fallbackRoute.handler, ...eventHandlers])].sort();
const outdir = await mkdtemp(join(tmpdir(), 'functions-bundle-'));

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

describe('Lambda bundles', () => {
  it('has one handler file per handler the route table and the event handlers name', async () => {
    const files = (await readdir(new URL('../src/handlers/', import.meta.url))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(handlerNames);
  });

  it('bundles every handler into one ESM file that initializes and serves on Node 24, without node_modules', async () => {
    // The flags infra uses: --bundle --platform=node --format=esm --target=node24 --minify
    await build({
      entryPoints: Object.fromEntries(handlerNames.map((name) => [`${name}/index`, `src/handlers/${name}.ts`])),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      minify: true,
      outdir,
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
    });
    for (const name of handlerNames) expect((await readdir(join(outdir, name))).sort()).toEqual(['index.mjs']);
    expect((await stat(join(outdir, 'create-registration', 'index.mjs'))).size).toBeLessThan(1024 * 1024);

    const endpoint = inject('dynamodbEndpoint');
    const tableName = `bundle-${uniqueSlug('t')}`;
    const client = createDynamoClient({ region: 'ap-east-1', endpoint });
    await createTables(client, tableName);
    const slug = uniqueSlug('bundle');
    await campaignRulesRepository(createDocumentClient(client), tableName).save(openRules(slug));

    // A fresh ES module process, as the Lambda runtime loads an .mjs handler.
    const script = `
      const results = { node: process.versions.node };
      for (const name of ${JSON.stringify(handlerNames)}) {
        const mod = await import('./' + name + '/index.mjs');
        results[name] = typeof mod.handler;
      }
      const event = (method, path, routeKey, extra = {}) => ({
        version: '2.0', routeKey, rawPath: path, rawQueryString: '', headers: { 'content-type': 'application/json' },
        requestContext: { requestId: 'bundle-test', http: { method, path } }, isBase64Encoded: false, ...extra,
      });
      const { handler: register } = await import('./create-registration/index.mjs');
      const body = JSON.stringify({ name: '张伟', phone: '13812345678', workUnit: '市第一机床厂', consent: true });
      const post = event('POST', '/v1/campaigns/${slug}/registrations', 'POST /v1/campaigns/{slug}/registrations', { pathParameters: { slug: '${slug}' }, body });
      results.first = (await register(post, {})).statusCode;
      results.again = (await register(post, {})).statusCode;
      const { handler: health } = await import('./health/index.mjs');
      results.health = (await health(event('GET', '/v1/health', 'GET /v1/health'), {})).statusCode;
      const { handler: fallback } = await import('./route-not-found/index.mjs');
      results.fallback = (await fallback(event('GET', '/v1/campaigns/x/registrations', '$default'), {})).statusCode;
      const { handler: tally } = await import('./tally-votes/index.mjs');
      results.tally = await tally({ Records: [] });
      console.log(JSON.stringify(results));
    `;
    const stdout = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: outdir,
      env: { PATH: process.env.PATH, DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: tableName, LOG_LEVEL: 'SILENT' },
    }).then(
      (r) => r.stdout,
      (error: { stderr?: string }) => {
        // A failure inside a minified bundle prints the whole line; the end of stderr holds the message.
        throw new Error(`bundled handlers failed:\n${String(error.stderr).slice(-1500)}`);
      },
    );
    client.destroy();

    const results = JSON.parse(stdout) as Record<string, unknown>;
    expect(results.node).toMatch(/^24\./);
    expect(results).toMatchObject({
      ...Object.fromEntries(handlerNames.map((name) => [name, 'function'])),
      first: 201,
      again: 409,
      health: 200,
      fallback: 405,
      tally: { batchItemFailures: [] },
    });
  });
});
