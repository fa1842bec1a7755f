import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildRelease, servedRoot } from '@union/publisher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './static-server.ts';

let root: string;
let site: { url: string; close(): Promise<void> };
let api: http.Server;
const apiRequests: Array<{ method?: string; url?: string; body: string }> = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'static-server-'));
  await mkdir(path.join(root, 'campaigns/a'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(path.join(root, 'campaigns/a/index.html'), '<h1>a</h1>');
  await writeFile(path.join(root, '404.html'), '<h1>not found</h1>');
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
  site = await startStaticServer({ root, port: 0, apiOrigin: `http://127.0.0.1:${port}`, headers: { 'x-frame-options': 'DENY' } });
});

afterAll(async () => {
  await site.close();
  await new Promise((r) => api.close(r));
  await rm(root, { recursive: true, force: true });
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
    const portal = await startStaticServer({ root: servedRoot(sitesDir, 'portal'), port: 0, apiOrigin: 'http://127.0.0.1:9' });
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
