import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { modeStylesheets } from './mode-stylesheets.ts';

const source = (name: string) => readFile(new URL(`../styles/${name}`, import.meta.url), 'utf8');
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
type Hooks = NonNullable<ReturnType<typeof modeStylesheets>['hooks']>;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('modeStylesheets', () => {
  it('writes standard.css and elder.css under /_mode/ in the build output, byte for byte, with /_mode.css as standard', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mode-css-'));
    cleanup = () => rm(dir, { recursive: true, force: true });
    const done = modeStylesheets().hooks['astro:build:done'] as (options: unknown) => Promise<void>;

    await done({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() });

    expect(await readFile(join(dir, '_mode', 'elder.css'), 'utf8')).toBe(await source('elder.css'));
    expect(await readFile(join(dir, '_mode', 'standard.css'), 'utf8')).toBe(await source('standard.css'));
    expect(await readFile(join(dir, '_mode.css'), 'utf8')).toBe(await source('standard.css'));
  });

  it('serves the same files in astro dev and leaves every other request alone', async () => {
    const handlers: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)[] = [];
    const setup = (modeStylesheets().hooks as Hooks)['astro:server:setup'] as (options: unknown) => void;
    setup({ server: { middlewares: { use: (handler: (typeof handlers)[number]) => handlers.push(handler) } }, logger });
    const server = createServer((req, res) => handlers[0]!(req, res, () => res.writeHead(404).end('next')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup = () => new Promise<void>((resolve) => server.close(() => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const elder = await fetch(`${base}/_mode/elder.css?v=1`);
    expect(elder.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await elder.text()).toBe(await source('elder.css'));
    expect(await (await fetch(`${base}/_mode.css`)).text()).toBe(await source('standard.css'));
    expect(await (await fetch(`${base}/_mode/other.css`)).text()).toBe('next');
    expect(await (await fetch(`${base}/`)).text()).toBe('next');
  });
});
