import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { campaignsLoader, innovationStudiosLoader, modelWorkersLoader, skipLoadWhenTypesOnly } from './astro-loader.ts';
import {
  paged,
  recordedModelWorkerPages,
  recordedPages,
  recordedStudioPages,
  startCmsServer,
  type CmsServer,
} from './fixtures/server.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number; rendered?: { html: string } };

/** The part of Astro's data store the loader uses, kept in memory. */
function memoryStore() {
  const entries = new Map<string, Entry>();
  return {
    entries: () => [...entries],
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
  };
}

function context(store: ReturnType<typeof memoryStore>) {
  const parsed: string[] = [];
  const logs: string[] = [];
  const ctx = {
    collection: 'campaigns',
    store,
    generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    logger: { info: (message: string) => logs.push(message), warn: () => {}, error: () => {}, debug: () => {} },
  } as unknown as LoaderContext;
  return { ctx, parsed, logs };
}

let server: CmsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('campaignsLoader', () => {
  it('stores each published campaign by slug with its digest and rendered body', async () => {
    server = await startCmsServer(paged(recordedPages()));
    const store = memoryStore();
    const { ctx, logs } = context(store);
    const loader = campaignsLoader({ baseUrl: server.baseUrl });
    await loader.load(ctx);

    expect(loader.name).toBe('union-campaigns');
    expect(store.keys()).toEqual(['reading-month-2026', 'ankang-cup-2026', 'singer-contest-2026']);
    const reading = store.get('reading-month-2026')!;
    expect(reading.digest).toEqual(expect.any(String));
    expect(reading.rendered!.html).toContain('<h2>活动安排</h2>');
    expect(reading.rendered!.html).toContain(`src="${server.baseUrl}/api/media/file/reading-month-2026-venue.jpg"`);
    expect(store.get('ankang-cup-2026')!.rendered!.html).toBe('');
    expect(logs).toEqual(['3 published campaigns: 0 unchanged, 3 updated, 0 removed']);
  });

  it('re-parses nothing on a second run when nothing changed', async () => {
    server = await startCmsServer(paged(recordedPages()));
    const store = memoryStore();
    const loader = campaignsLoader({ baseUrl: server.baseUrl });
    const first = context(store);
    await loader.load(first.ctx);
    expect(first.parsed).toHaveLength(3);

    const second = context(store);
    await loader.load(second.ctx);
    expect(second.parsed).toEqual([]);
    expect(second.logs).toEqual(['3 published campaigns: 3 unchanged, 0 updated, 0 removed']);
  });

  it('re-parses only the campaign that changed', async () => {
    const pages = recordedPages();
    server = await startCmsServer(paged(pages));
    const store = memoryStore();
    const loader = campaignsLoader({ baseUrl: server.baseUrl });
    await loader.load(context(store).ctx);

    pages[1].docs[0]!.title = '第十届职工歌手大赛（决赛）';
    const second = context(store);
    await loader.load(second.ctx);
    expect(second.parsed).toEqual(['singer-contest-2026']);
    expect(store.get('singer-contest-2026')!.data.title).toBe('第十届职工歌手大赛（决赛）');
  });

  it('removes campaigns that are no longer published', async () => {
    const pages = recordedPages();
    server = await startCmsServer(paged(pages));
    const store = memoryStore();
    const loader = campaignsLoader({ baseUrl: server.baseUrl });
    await loader.load(context(store).ctx);

    pages[0].docs.splice(1, 1);
    const second = context(store);
    await loader.load(second.ctx);
    expect(store.keys()).toEqual(['reading-month-2026', 'singer-contest-2026']);
    expect(second.logs).toEqual(['2 published campaigns: 2 unchanged, 0 updated, 1 removed']);
  });

  it('offers a schema that accepts what the loader stores, so getCollection is typed and parseData passes', async () => {
    server = await startCmsServer(paged(recordedPages()));
    const store = memoryStore();
    const loader = campaignsLoader({ baseUrl: server.baseUrl });
    await loader.load(context(store).ctx);

    for (const [, entry] of store.entries()) {
      expect(loader.schema.parse(entry.data)).toEqual(entry.data);
    }
  });
});

describe('modelWorkersLoader', () => {
  it('stores each published model worker by CMS id with the biography rendered', async () => {
    server = await startCmsServer(paged(recordedModelWorkerPages()));
    const store = memoryStore();
    const { ctx, logs } = context(store);
    const loader = modelWorkersLoader({ baseUrl: server.baseUrl });
    await loader.load(ctx);

    expect(loader.name).toBe('union-model-workers');
    expect(store.keys()).toEqual(['1', '3', '338']);
    expect(store.get('3')!.data.name).toBe('王建国');
    expect(store.get('3')!.rendered!.html).toMatch(/^<p>王建国是一名有 25 年焊龄的焊工/);
    // A benchmark worker without a biography renders nothing rather than an empty paragraph.
    expect(store.get('338')!.rendered!.html).toBe('');
    expect(logs).toEqual(['3 published model workers: 0 unchanged, 3 updated, 0 removed']);
  });

  it('removes a worker who was unpublished and re-parses only the one that changed', async () => {
    const pages = recordedModelWorkerPages();
    server = await startCmsServer(paged(pages));
    const store = memoryStore();
    const loader = modelWorkersLoader({ baseUrl: server.baseUrl });
    await loader.load(context(store).ctx);

    pages[0].docs.splice(0, 1);
    pages[1].docs[0]!.quote = '干一行，爱一行。';
    const second = context(store);
    await loader.load(second.ctx);
    expect(store.keys()).toEqual(['3', '338']);
    expect(second.parsed).toEqual(['338']);
    expect(second.logs).toEqual(['2 published model workers: 1 unchanged, 1 updated, 1 removed']);
  });

  it('offers a schema that accepts what it stores unchanged, as Astro parses it again', async () => {
    server = await startCmsServer(paged(recordedModelWorkerPages()));
    const store = memoryStore();
    const loader = modelWorkersLoader({ baseUrl: server.baseUrl });
    await loader.load(context(store).ctx);

    for (const [, entry] of store.entries()) expect(loader.schema.parse(entry.data)).toEqual(entry.data);
  });
});

describe('innovationStudiosLoader', () => {
  it('stores each studio by CMS id with achievements rendered, and a schema that re-parses its output unchanged', async () => {
    server = await startCmsServer(paged(recordedStudioPages()));
    const store = memoryStore();
    const { ctx, logs } = context(store);
    const loader = innovationStudiosLoader({ baseUrl: server.baseUrl });
    await loader.load(ctx);

    expect(store.keys()).toEqual(['1', '3', '11']);
    expect(store.get('1')!.data.lead).toEqual({ id: 1, name: '陈立新' });
    expect(store.get('3')!.data.lead).toBeNull();
    expect(store.get('11')!.rendered!.html).toContain('<p>工作室由几位一线维保骨干发起');
    expect(logs).toEqual(['3 published innovation studios: 0 unchanged, 3 updated, 0 removed']);
    for (const [, entry] of store.entries()) expect(loader.schema.parse(entry.data)).toEqual(entry.data);
  });
});

describe('skipLoadWhenTypesOnly', () => {
  it('keeps the schema but asks the CMS nothing under astro check and astro sync', async () => {
    server = await startCmsServer(paged(recordedPages()));
    for (const command of ['check', 'sync']) {
      const loader = campaignsLoader({ baseUrl: server.baseUrl });
      const typesOnly = skipLoadWhenTypesOnly(loader, command);
      const store = memoryStore();
      const { ctx, logs } = context(store);
      await typesOnly.load(ctx);

      expect(typesOnly.schema).toBe(loader.schema);
      expect(typesOnly.name).toBe('union-campaigns');
      expect(store.keys()).toEqual([]);
      expect(logs).toEqual([`types only (astro ${command}): not loading union-campaigns`]);
    }
    expect(server.requests).toEqual([]);
  });

  it('loads as usual under astro build and astro dev', async () => {
    server = await startCmsServer(paged(recordedPages()));
    for (const command of ['build', 'dev']) {
      const loader = skipLoadWhenTypesOnly(campaignsLoader({ baseUrl: server.baseUrl }), command);
      const store = memoryStore();
      await loader.load(context(store).ctx);
      expect(store.keys(), command).toHaveLength(3);
    }
  });
});
