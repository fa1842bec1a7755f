/**
 * `npm start`: the whole system on this machine, on embedded defaults.
 * DynamoDB Local → participation API → CMS (migrate, build, start, seed) → a release of every site → static server.
 * Ctrl-C stops everything it started. Data stays in .data/ between runs.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { env, localUrls as urls, sitesDir } from './env.ts';
import { runStep, startService, stopAll, waitForUrl } from './lib/processes.ts';
import { startStaticServer } from './lib/static-server.ts';
import { SITE_SECURITY_HEADERS } from '@union/config/security-headers';
import { buildRelease, SITE_IDS, siteMounts, SITES, siteUrl } from '@union/publisher';

const { repoRoot } = env;
const dataDir = env.UNION_DATA_DIR;
const cmsDataDir = path.join(dataDir, 'cms');
const dynamoDir = path.join(dataDir, 'dynamodb');
const internalToken = 'local-internal-token';

// Telemetry off: nothing in the local stack phones home.
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  STAGE: 'local',
  FORCE_COLOR: '0',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};
const functionsEnv = {
  ...baseEnv,
  DYNAMODB_ENDPOINT: urls.dynamodb,
  TABLE_NAME: 'union-participation',
  INTERNAL_API_TOKEN: internalToken,
  PORT: String(env.API_PORT),
};
const cmsEnv = {
  ...baseEnv,
  DATA_DIR: cmsDataDir,
  SERVER_URL: urls.cms,
  API_INTERNAL_URL: urls.api,
  INTERNAL_API_TOKEN: internalToken,
  ...(env.SEED_ADMIN_PASSWORD ? { SEED_ADMIN_PASSWORD: env.SEED_ADMIN_PASSWORD } : {}),
};
// Only the running CMS rebuilds sites after publishing; migrations and the seed never do (the
// start-up build below covers the seed).
const cmsServerEnv = { ...cmsEnv, SITES_DIR: sitesDir, PUBLIC_SITE_URL: urls.site };

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await Promise.all([site?.close(), stopAll()]);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

let site: { close(): Promise<void> } | undefined;

async function main() {
  const started = Date.now();
  if (env.UNION_FRESH_DATA) await rm(dataDir, { recursive: true, force: true });
  await mkdir(cmsDataDir, { recursive: true });
  await mkdir(dynamoDir, { recursive: true });
  const npx = path.join(repoRoot, 'node_modules/.bin');
  const bin = (name: string) => path.join(npx, name);

  step('DynamoDB Local');
  const dynamo = startService('dynamodb', bin('tsx'), ['functions/scripts/dynamodb-local.ts', '--port', String(env.DYNAMODB_PORT), '--db-path', dynamoDir], {
    cwd: repoRoot,
    env: functionsEnv,
  });
  await waitForUrl(urls.dynamodb, 60_000, dynamo);
  await runStep('tables', bin('tsx'), ['functions/scripts/create-tables.ts'], { cwd: repoRoot, env: functionsEnv });

  step('participation API');
  const api = startService('api', bin('tsx'), ['functions/src/local-server.ts'], { cwd: repoRoot, env: functionsEnv });
  await waitForUrl(`${urls.api}/v1/health`, 60_000, api);

  step('CMS');
  const cmsDir = path.join(repoRoot, 'cms');
  await runStep('cms:migrate', bin('payload'), ['migrate'], { cwd: cmsDir, env: cmsEnv });
  let cms;
  if (env.CMS_DEV) {
    cms = startService('cms', bin('next'), ['dev', '--port', String(env.CMS_PORT)], { cwd: cmsDir, env: cmsServerEnv });
  } else {
    // Turborepo caches the admin's production build, so only the first start pays for it.
    await runStep('cms:build', bin('turbo'), ['run', 'build', '--filter=@union/cms', '--output-logs=errors-only'], { cwd: repoRoot, env: cmsEnv });
    cms = startService('cms', bin('next'), ['start', '--port', String(env.CMS_PORT)], { cwd: cmsDir, env: { ...cmsServerEnv, NODE_ENV: 'production' } });
  }
  await waitForUrl(`${urls.cms}/api/campaigns?limit=1`, 180_000, cms);
  await runStep('cms:seed', bin('tsx'), ['src/seed/run.ts', ...(env.SEED_SCALE ? ['--scale'] : [])], { cwd: cmsDir, env: cmsEnv });

  step('sites');
  // Every rebuild goes through the publisher: a new release folder, served only if the build succeeds.
  // One site after another: each Astro build wants both cores.
  for (const id of SITE_IDS) {
    const build = await buildRelease({ site: id, sitesDir, repoRoot, cmsUrl: urls.cms, siteUrl: urls.site, env: baseEnv });
    const took = `${Math.round(build.durationMs / 1000)} s`;
    if (!build.ok) throw new Error(`The ${id} build failed after ${took}; the end of its output:\n${build.log}`);
    console.log(`[${id}] built in ${took}: ${path.relative(dataDir, build.release ?? '')}`);
  }
  // One origin for every site, each under its base path, as CloudFront serves them.
  site = await startStaticServer({ sites: siteMounts(sitesDir), port: env.SITE_PORT, apiOrigin: urls.api, headers: SITE_SECURITY_HEADERS });

  const credentials = await readCredentials();
  console.log(`
────────────────────────────────────────────────────────────
 Ready in ${Math.round((Date.now() - started) / 1000)} s. Data: ${path.relative(repoRoot, dataDir) || dataDir}
${SITE_IDS.map((id) => `   ${padColumn(`${SITES[id].label} (site)`, 23)}${siteUrl(urls.site, id)}`).join('\n')}
   CMS admin (中文)        ${urls.cms}/admin
${credentials.map((c) => `     ${c.role.padEnd(20)} ${c.email} / ${c.password}`).join('\n')}
   Participation API      ${urls.api}/v1/health
   DynamoDB Local         ${urls.dynamodb}
 Publishing in the admin rebuilds the sites that show it within seconds (站点发布 on the dashboard).
 Ctrl-C stops everything.
────────────────────────────────────────────────────────────`);
}

/** Pads to a width in terminal columns, where a Chinese character takes two. */
function padColumn(text: string, columns: number): string {
  const width = [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(1, columns - width));
}

function step(name: string) {
  console.log(`\n▶ Starting ${name}…`);
}

async function readCredentials(): Promise<Array<{ role: string; email: string; password: string }>> {
  try {
    const saved = JSON.parse(await readFile(path.join(cmsDataDir, 'admin-credentials.json'), 'utf8')) as {
      accounts?: Array<{ role: string; email: string; password: string }>;
    };
    return saved.accounts ?? [];
  } catch {
    return []; // Accounts made before credentials were saved, or changed since: nothing to show.
  }
}

main().catch(async (error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
