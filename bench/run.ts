/**
 * `npm run bench`: starts its own copy of the stack (fresh data, other ports, seeded at scale),
 * measures each figure with its own script, prints one table, and stops everything.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { PAGE_TYPES } from '../e2e/support/page-types.ts';
import { benchHandlerBundle } from './handler-bundle.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchPublishToLive } from './publish-to-live.ts';
import { benchRestList } from './rest-list.ts';
import { benchSearchQuality } from './search-quality.ts';
import { benchSiteBuilds } from './site-builds.ts';
import { benchVoteCost } from './vote-cost.ts';
import { benchVoteScale } from './vote-scale.ts';
import { printTable, type Row } from './lib/stats.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(os.tmpdir(), 'union-bench');
const ports = { CMS_PORT: '3400', API_PORT: '8807', SITE_PORT: '4341', DYNAMODB_PORT: '8020' };
const cmsUrl = `http://localhost:${ports.CMS_PORT}`;
const siteUrl = `http://localhost:${ports.SITE_PORT}`;
// Every seeded account gets this password, so the publish figure can sign in as the reviewer.
const benchPassword = 'bench-Passw0rd-local';

async function startStack() {
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...ports, UNION_DATA_DIR: dataDir, UNION_FRESH_DATA: 'true', SEED_SCALE: 'true', SEED_ADMIN_PASSWORD: benchPassword },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: false,
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.length > 200_000) out = out.slice(-100_000);
      if (/Ready in \d+ s\./.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the stack exited with code ${code} before it was ready:\n${out.slice(-2000)}`)));
  });
  return () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

// `npm run bench -- votes` measures only the vote figures (no stack needed).
const only = process.argv[2];
const rows: Row[] = [];
// `npm run bench -- pages <site URL>` measures only the page figures of every page type, on a stack already running.
if (only === 'pages') {
  const site = process.argv[3];
  if (!site) throw new Error('Usage: npm run bench -- pages <site URL>, e.g. http://localhost:4321');
  rows.push(...(await benchPageWeight(site, PAGE_TYPES)));
  rows.push(...(await benchLighthouse(site, PAGE_TYPES)));
  printTable(rows);
  process.exit(0);
}
if (only !== 'votes') rows.push(...(await benchHandlerBundle('create-registration')));
rows.push(...(await benchHandlerBundle('create-vote')));
rows.push(...(await benchVoteCost()));
console.error('Simulating 20,000 votes/s for 10 minutes through the tally…');
rows.push(...(await benchVoteScale()));
if (only !== 'votes') {
  console.error('Starting the stack for the site figures…');
  const stop = await startStack();
  try {
    rows.push(...(await benchPublishToLive({ cmsUrl, siteUrl, email: 'reviewer@example.com', password: benchPassword })));
    rows.push(await benchRestList({ cmsUrl, collection: 'model-workers', limit: 300, depth: 0, figure: 'Payload REST list 300 model workers depth 0 — p50 / p95 ms' }));
    rows.push(await benchRestList({ cmsUrl, collection: 'model-workers', limit: 300, depth: 1, figure: 'Payload REST list 300 model workers depth 1 — p50 / p95 ms' }));
    rows.push(...(await benchSiteBuilds({ cmsUrl, siteUrl })));
    rows.push(...(await benchSearchQuality({ cmsUrl })));
    rows.push(...(await benchPageWeight(siteUrl, PAGE_TYPES)));
    rows.push(...(await benchLighthouse(siteUrl, PAGE_TYPES)));
  } finally {
    await stop();
  }
}
printTable(rows);
