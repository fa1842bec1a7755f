// @vitest-environment happy-dom
// The island in a DOM, against a real index served over HTTP on the page's own origin, as the
// static site serves it: the query from the address and the field, the URL kept in step, the live
// region, and names shown as text.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Window as HappyWindow } from 'happy-dom';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { recordedWorkers, worker } from '../../lib/fixtures/workers.ts';
import { createRoutes } from '../../lib/routes.ts';
import { buildSearchIndex, type BuiltSearchIndex } from '../../lib/search/build-index.ts';
import { SEARCH_UNAVAILABLE } from '../../lib/search/client.ts';
import { searchDocOf } from '../../lib/search/documents.ts';
import { RESULTS_PAGE } from './search.ts';
import SearchIsland from './SearchIsland.tsx';

const routes = createRoutes('/model-workers');

interface Page {
  origin: string;
  requests: string[];
  root: Root;
  container: HTMLElement;
}

let server: Server | undefined;
let page: Page | undefined;

afterEach(async () => {
  page?.root.unmount();
  page?.container.remove();
  page = undefined;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Serves `index` on a free port, puts the window on that origin at `path`, and mounts the island. */
async function open(index: BuiltSearchIndex, path: string, options: { fail?: () => boolean } = {}): Promise<Page> {
  const requests: string[] = [];
  const folder = routes.searchIndex();
  server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname.slice(folder.length);
    requests.push(name);
    const body = name === 'manifest.json' ? JSON.stringify(index.manifest) : index.files.get(name);
    if (options.fail?.() || body === undefined) res.writeHead(options.fail?.() ? 503 : 404).end();
    else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  (window as unknown as HappyWindow).happyDOM.setURL(`${origin}${path}`);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(createElement(SearchIsland, { indexUrl: `${origin}${folder}`, action: routes.search() }));
  page = { origin, requests, root, container };
  return page;
}

/** Waits for the DOM to reach a state: React renders and the index loads on their own schedule. */
async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}; status: ${status()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const field = () => document.querySelector<HTMLInputElement>('input[type="search"]')!;
const status = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
const resultNames = () => [...document.querySelectorAll('.search-result__name')].map((a) => a.textContent);

/** Types into the field as a person does: React hears the input event. */
function type(text: string) {
  const input = field();
  Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new window.Event('input', { bubbles: true }));
}

const recorded = () => buildSearchIndex(recordedWorkers().map((w) => searchDocOf(w, routes)));
const WELDERS = ['夏天明', '宋卫东', '王建国', '谭军', '魏成'].sort();

describe('the search island', () => {
  it('renders a labelled search field in a search form that works without JavaScript', async () => {
    await open(recorded(), '/model-workers/search/');
    await until(() => field() !== null, 'the form');
    const form = document.querySelector('form')!;
    expect(form.getAttribute('role')).toBe('search');
    expect(form.getAttribute('action')).toBe('/model-workers/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(field().name).toBe('q');
    expect(document.querySelector(`label[for="${field().id}"]`)?.textContent).toBe('姓名、单位、工种或荣誉');
    expect(status()).toBe('');
  });

  it('searches the ?q= of a shared link at once: 焊工 finds the five welders, linked to their profiles', async () => {
    const { requests } = await open(recorded(), '/model-workers/search/?q=%E7%84%8A%E5%B7%A5');
    await until(() => status().startsWith('找到'), 'the results');
    expect(field().value).toBe('焊工');
    expect(status()).toBe('找到 5 位与「焊工」相关的劳模');
    expect(resultNames().sort()).toEqual(WELDERS);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.search-result__name')];
    expect(links.every((a) => /^\/model-workers\/profiles\/\d+\/$/.test(a.getAttribute('href')!))).toBe(true);
    // The term is marked in the snippet of those with 焊工 in their position.
    expect([...document.querySelectorAll('.search-result__snippet mark')].map((m) => m.textContent)).toContain('焊工');
    expect(requests[0]).toBe('manifest.json');
  });

  it('searches as one types, after a pause, and keeps the address in step without adding history', async () => {
    await open(recorded(), '/model-workers/search/');
    await until(() => field() !== null, 'the form');
    const entries = window.history.length;
    type('焊');
    type('焊工');
    // Typed before the island hydrated, 焊 is searched at once as text typed early; the answer
    // that stays must be the one for what the field holds last.
    await until(() => status() === '找到 5 位与「焊工」相关的劳模', 'the two-character results');
    expect(decodeURIComponent(window.location.search)).toBe('?q=焊工');
    expect(window.history.length).toBe(entries);

    type('焊');
    await until(() => status() === '找到 6 位与「焊」相关的劳模', 'the one-character results');
    expect(decodeURIComponent(window.location.search)).toBe('?q=焊');

    type('');
    await until(() => status() === '', 'the cleared search');
    expect(window.location.search).toBe('');
    expect(resultNames()).toEqual([]);
  });

  it('searches at once on submit, and tells when nothing was found', async () => {
    await open(recorded(), '/model-workers/search/');
    await until(() => field() !== null, 'the form');
    type('宇航员');
    document.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await until(() => status().startsWith('没有'), 'the empty state');
    expect(status()).toBe('没有找到与「宇航员」相关的劳模');
    expect(document.querySelector('.search-empty')?.textContent).toContain('分类浏览');
    expect(window.location.pathname).toBe('/model-workers/search/');
  });

  it('shows names with markup as text, with the query marked', async () => {
    const index = buildSearchIndex([searchDocOf(worker({ id: 7, name: '<img src=x onerror=alert(1)>王小明' }), routes)]);
    await open(index, '/model-workers/search/?q=%E7%8E%8B');
    await until(() => status().startsWith('找到'), 'the results');
    const link = document.querySelector('.search-result__name')!;
    expect(link.textContent).toBe('<img src=x onerror=alert(1)>王小明');
    expect(document.querySelector('.search-results img')).toBeNull();
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['王']);
  });

  it('says in Chinese when the index cannot load, and tries again on 重试', async () => {
    let failing = true;
    await open(recorded(), '/model-workers/search/?q=%E7%84%8A%E5%B7%A5', { fail: () => failing });
    await until(() => status() === SEARCH_UNAVAILABLE, 'the error');
    failing = false;
    const retry = [...document.querySelectorAll('button')].find((b) => b.textContent === '重试')!;
    retry.click();
    await until(() => status().startsWith('找到'), 'the results after retrying');
    expect(resultNames().sort()).toEqual(WELDERS);
  });

  it('shows a long result list in steps, and moves focus to the first added result', async () => {
    const many = Array.from({ length: RESULTS_PAGE + 5 }, (_, i) => searchDocOf(worker({ id: i + 1, name: `示例${i + 1}号`, position: '钳工' }), routes));
    await open(buildSearchIndex(many), '/model-workers/search/?q=%E9%92%B3%E5%B7%A5');
    await until(() => status().startsWith('找到'), 'the results');
    expect(status()).toBe(`找到 ${RESULTS_PAGE + 5} 位与「钳工」相关的劳模`);
    expect(resultNames()).toHaveLength(RESULTS_PAGE);
    const more = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('显示更多'))!;
    expect(more.textContent).toBe('显示更多（还有 5 位）');
    more.click();
    await until(() => resultNames().length === RESULTS_PAGE + 5, 'the rest');
    expect(document.activeElement?.textContent).toBe(resultNames()[RESULTS_PAGE]);
  });
});
