import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildRelease, servedRoot } from '@union/publisher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './static-server.ts';

let root: string;
let microsite: string;
let site: { url: string; close(): Promise<void> };
let api: http.Server;
const apiRequests: Array<{ method?: string; url?: string; body: string }> = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'static-server-'));
  await mkdir(path.join(root, 'campaigns/a'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(path.join(root, 'campaigns/a/index.html'), '<h1>a</h1>');
  await writeFile(path.join(root, '404.html'), '<h1>not found</h1>');
  await mkdir(path.join(root, 'privacy'));
  await writeFile(path.join(root, 'privacy/index.html'), '<h1>privacy</h1>');
  await mkdir(path.join(root, '_mode'));
  await writeFile(path.join(root, '_mode/standard.css'), ':root{--size:1rem}');
  await writeFile(path.join(root, '_mode/elder.css'), ':root{--size:1.25rem}');
  // A folder of the portal named like the microsite: the microsite's mount must win.
  await mkdir(path.join(root, 'model-workers'));
  await writeFile(path.join(root, 'model-workers/index.html'), '<h1>portal shadow</h1>');
  microsite = await mkdtemp(path.join(os.tmpdir(), 'static-server-microsite-'));
  await mkdir(path.join(microsite, 'workers/zhang-san'), { recursive: true });
  await writeFile(path.join(microsite, 'index.html'), '<h1>model workers</h1>');
  await writeFile(path.join(microsite, 'workers/zhang-san/index.html'), '<h1>张三</h1>');
  await writeFile(path.join(microsite, '404.html'), '<h1>microsite not found</h1>');
  // A file next to the site folder, which a `..` in the URL would reach without the guard.
  await writeFile(path.join(root, '..', `${path.basename(root)}-secret.txt`), 'secret');
  // A real HTTP server standing in for the participation API: only the proxying is under test.
  api = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      apiRequests.push({ method: req.method, url: req.url, body });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', () => r()));
  const { port } = api.address() as { port: number };
  site = await startStaticServer({
    sites: [
      { basePath: '/', root },
      { basePath: '/model-workers/', root: microsite },
    ],
    port: 0,
    apiOrigin: `http://127.0.0.1:${port}`,
    headers: { 'x-frame-options': 'DENY' },
  });
});

afterAll(async () => {
  await site.close();
  await new Promise((r) => api.close(r));
  await rm(root, { recursive: true, force: true });
  await rm(microsite, { recursive: true, force: true });
  await rm(path.join(root, '..', `${path.basename(root)}-secret.txt`), { force: true });
});

describe('startStaticServer', () => {
  it('serves directory indexes with the given headers', async () => {
    const res = await fetch(`${site.url}/campaigns/a/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await res.text()).toBe('<h1>a</h1>');
    expect((await fetch(`${site.url}/campaigns/a`)).status).toBe(200);
  });

  it('answers a missing page with the designed 404 page and status 404', async () => {
    const res = await fetch(`${site.url}/nowhere/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>not found</h1>');
  });

  it('never serves a file outside the site folder', async () => {
    const res = await fetch(`${site.url}/..%2F${path.basename(root)}-secret.txt`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    expect((await fetch(`${site.url}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${site.url}/campaigns/a/`)).status).toBe(200);
  });

  it('proxies /v1/ requests with their method and body to the API', async () => {
    const res = await fetch(`${site.url}/v1/campaigns/a/registrations`, { method: 'POST', body: '{"x":1}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
    expect(apiRequests.at(-1)).toEqual({ method: 'POST', url: '/v1/campaigns/a/registrations', body: '{"x":1}' });
  });
});

describe('startStaticServer with several sites', () => {
  it('serves each site under its base path, the longest matching one winning', async () => {
    expect(await (await fetch(`${site.url}/model-workers/`)).text()).toBe('<h1>model workers</h1>');
    expect(await (await fetch(`${site.url}/model-workers/workers/zhang-san`)).text()).toBe('<h1>张三</h1>');
    expect(await (await fetch(`${site.url}/model-workers/workers/zhang-san/?from=qr`)).text()).toBe('<h1>张三</h1>');
    expect(await (await fetch(`${site.url}/privacy/`)).text()).toBe('<h1>privacy</h1>');
  });

  it('redirects a microsite’s bare name to its base path with 301, keeping the query', async () => {
    const res = await fetch(`${site.url}/model-workers?year=2018`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/model-workers/?year=2018');
  });

  it('answers a miss with the 404 page of the site it falls under', async () => {
    const inMicrosite = await fetch(`${site.url}/model-workers/workers/nobody/`);
    expect(inMicrosite.status).toBe(404);
    expect(await inMicrosite.text()).toBe('<h1>microsite not found</h1>');
    const inPortal = await fetch(`${site.url}/model-workersx/`);
    expect(inPortal.status).toBe(404);
    expect(await inPortal.text()).toBe('<h1>not found</h1>');
  });

  it('never serves a file outside a microsite’s folder', async () => {
    const res = await fetch(`${site.url}/model-workers/..%2Fprivacy%2Findex.html`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>microsite not found</h1>');
  });

  it('refuses mounts without slashes around the base path, or two at one path', async () => {
    const start = (sites: Array<{ basePath: string; root: string }>) => startStaticServer({ sites, port: 0, apiOrigin: 'http://127.0.0.1:9' });
    await expect(start([{ basePath: '/model-workers', root }])).rejects.toThrow(/start and end with/);
    await expect(start([{ basePath: 'model-workers/', root }])).rejects.toThrow(/start and end with/);
    await expect(start([{ basePath: '/', root }, { basePath: '/', root: microsite }])).rejects.toThrow(/Two sites/);
  });
});

describe('startStaticServer elder mode (through the edge function)', () => {
  it('serves the standard stylesheet as /_mode.css without the cookie, uncached by shared caches', async () => {
    const res = await fetch(`${site.url}/_mode.css`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(':root{--size:1rem}');
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toBe('Cookie');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves the elder stylesheet as /_mode.css to a request with elder=1', async () => {
    const res = await fetch(`${site.url}/_mode.css`, { headers: { cookie: 'theme=x; elder=1' } });
    expect(await res.text()).toBe(':root{--size:1.25rem}');
    expect(res.headers.get('vary')).toBe('Cookie');
    const head = await fetch(`${site.url}/_mode.css`, { method: 'HEAD', headers: { cookie: 'elder=1' } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('turns elder mode on with a cookie and a 303 back to the page', async () => {
    const res = await fetch(`${site.url}/_mode?elder=on&back=${encodeURIComponent('/model-workers/workers/zhang-san/')}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/model-workers/workers/zhang-san/');
    expect(res.headers.getSetCookie()).toEqual(['elder=1; Path=/; Max-Age=31536000; SameSite=Lax; Secure']);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-length')).toBe('0');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('turns elder mode off with an expired cookie', async () => {
    const res = await fetch(`${site.url}/_mode?elder=off&back=/privacy/`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/privacy/');
    expect(res.headers.getSetCookie()[0]).toMatch(/^elder=; Path=\/; Max-Age=0;/);
  });

  it('sends the reader home rather than to another origin', async () => {
    for (const back of ['//evil.example', '/%5Cevil.example', 'https://evil.example/', '%2F%2Fevil.example']) {
      const res = await fetch(`${site.url}/_mode?elder=on&back=${back}`, { redirect: 'manual' });
      expect(res.headers.get('location'), back).toBe('/');
    }
  });

  it('answers a switch link without on or off with 400 and a Chinese message, setting no cookie', async () => {
    const res = await fetch(`${site.url}/_mode?elder=maybe&back=/`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await res.text()).toContain('ELDER_MODE_INVALID');
  });
});

describe('startStaticServer on a published site', () => {
  it('serves the new release right after the publisher swaps it, without a restart', async () => {
    const sitesDir = await mkdtemp(path.join(os.tmpdir(), 'static-server-sites-'));
    const publish = (html: string) =>
      buildRelease({
        site: 'portal',
        sitesDir,
        repoRoot: sitesDir,
        cmsUrl: 'http://cms.test',
        siteUrl: 'http://site.test',
        command: (outDir) => ({
          file: process.execPath,
          args: ['-e', `require('node:fs').writeFileSync(require('node:path').join(process.argv[1], 'index.html'), ${JSON.stringify(html)})`, outDir],
          cwd: sitesDir,
        }),
      });
    const portal = await startStaticServer({ sites: [{ basePath: '/', root: servedRoot(sitesDir, 'portal') }], port: 0, apiOrigin: 'http://127.0.0.1:9' });
    try {
      expect((await fetch(`${portal.url}/`)).status).toBe(404); // nothing published yet
      expect((await publish('<h1>first</h1>')).ok).toBe(true);
      expect(await (await fetch(`${portal.url}/`)).text()).toBe('<h1>first</h1>');

      expect((await publish('<h1>second</h1>')).ok).toBe(true);

      expect(await (await fetch(`${portal.url}/`)).text()).toBe('<h1>second</h1>');
    } finally {
      await portal.close();
      await rm(sitesDir, { recursive: true, force: true });
    }
  });
});
