// The model-worker and studio reads of the content client, against a real HTTP
// server answering with responses recorded from the seeded CMS.
import { afterEach, describe, expect, it } from 'vitest';
import { createContentClient } from './index.ts';
import {
  paged,
  recordedModelWorkerPages,
  recordedStudioPages,
  startCmsServer,
  type CmsServer,
} from './fixtures/server.ts';
import { richTextToPlainText } from './rich-text.ts';

let server: CmsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('listModelWorkers', () => {
  it('asks only for published model workers at depth 1, in id order so paging is stable', async () => {
    server = await startCmsServer(paged(recordedModelWorkerPages()));
    await createContentClient({ baseUrl: server.baseUrl }).listModelWorkers();

    expect(server.requests[0]!.pathname).toBe('/api/model-workers');
    expect(Object.fromEntries(server.requests[0]!.searchParams)).toEqual({
      'where[_status][equals]': 'published',
      draft: 'false',
      depth: '1',
      limit: '100',
      sort: 'id',
      page: '1',
    });
  });

  it('follows every page and returns each worker typed, without gender or CMS bookkeeping', async () => {
    server = await startCmsServer(paged(recordedModelWorkerPages()));
    const workers = await createContentClient({ baseUrl: server.baseUrl }).listModelWorkers();

    expect(server.requests.map((url) => url.searchParams.get('page'))).toEqual(['1', '2']);
    expect(workers.map((w) => w.name)).toEqual(['陈立新', '王建国', '丁亚娟']);
    const [chen] = workers;
    expect(chen).toMatchObject({
      id: 1,
      industry: 'manufacturing',
      district: 'wuzhong',
      employer: '苏州示例精密机械有限公司',
      position: '数控车间班组长',
      honors: [
        { level: 'municipal', title: '劳动模范', year: 2018 },
        { level: 'provincial', title: '五一劳动奖章', year: 2016 },
      ],
      isEraCraftsman: true,
      craftsmanYear: 2018,
      quote: '把每一件小事做到极致，就是不平凡。',
      featured: false,
    });
    expect(richTextToPlainText(chen!.biography)).toMatch(/^陈立新 1998 年从技校毕业进厂/);
    expect(Object.keys(chen!)).not.toContain('gender');
    expect(Object.keys(chen!)).not.toContain('_status');
  });

  it('keeps the portrait with its generated sizes and turns sizes Payload skipped into null', async () => {
    server = await startCmsServer(paged(recordedModelWorkerPages()));
    const [chen] = await createContentClient({ baseUrl: server.baseUrl }).listModelWorkers();

    expect(chen!.portrait).toEqual({
      id: 5,
      url: 'http://localhost:5400/api/media/file/portrait-male.webp',
      alt: '男性劳模示意头像：纯色背景上的抽象人物剪影',
      width: 480,
      height: 480,
      sizes: {
        thumbnail: { url: 'http://localhost:5400/api/media/file/portrait-male-400x400.webp', width: 400, height: 400 },
        card: null,
        full: null,
      },
    });
  });

  it('makes a relative portrait URL absolute against the CMS base', async () => {
    const pages = recordedModelWorkerPages();
    pages[0].docs[0]!.portrait.url = '/api/media/file/portrait-male.webp';
    pages[0].docs[0]!.portrait.sizes.thumbnail.url = '/api/media/file/portrait-male-400x400.webp';
    server = await startCmsServer(paged(pages));
    const [chen] = await createContentClient({ baseUrl: `${server.baseUrl}/` }).listModelWorkers();

    expect(chen!.portrait!.url).toBe(`${server.baseUrl}/api/media/file/portrait-male.webp`);
    expect(chen!.portrait!.sizes.thumbnail!.url).toBe(`${server.baseUrl}/api/media/file/portrait-male-400x400.webp`);
  });

  it('reads a worker with no portrait, position, biography or honors as empty values, not errors', async () => {
    const pages = recordedModelWorkerPages();
    const bare = pages[1].docs[0] as Record<string, unknown>;
    bare.portrait = null;
    bare.honors = null;
    delete bare.quote;
    server = await startCmsServer(paged(pages));
    const workers = await createContentClient({ baseUrl: server.baseUrl }).listModelWorkers();

    expect(workers[2]).toMatchObject({ name: '丁亚娟', portrait: null, position: '', biography: null, honors: [], quote: '' });
  });

  it('reads the featured flag, and its absence (a CMS before the field existed) as false', async () => {
    const pages = recordedModelWorkerPages();
    (pages[0].docs[1] as Record<string, unknown>).featured = true;
    (pages[0].docs[0] as Record<string, unknown>).featured = null;
    server = await startCmsServer(paged(pages));
    const workers = await createContentClient({ baseUrl: server.baseUrl }).listModelWorkers();

    expect(workers.map((w) => w.featured)).toEqual([false, true, false]);
  });

  it('fails naming the worker and the field when an honor level is one the sites do not know', async () => {
    const pages = recordedModelWorkerPages();
    (pages[0].docs[1]!.honors[0] as Record<string, unknown>).level = 'county';
    server = await startCmsServer(paged(pages));

    const error = (await createContentClient({ baseUrl: server.baseUrl }).listModelWorkers().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^Model worker "王建国" \(docs\.1\) from .*\/api\/model-workers\?/);
    expect(error.message).toContain("the CMS's model-workers collection changed");
    expect(error.message).toMatch(/- honors\.0\.level: /);
  });
});

describe('listInnovationStudios', () => {
  it('asks only for published studios at depth 1, in id order', async () => {
    server = await startCmsServer(paged(recordedStudioPages()));
    await createContentClient({ baseUrl: server.baseUrl }).listInnovationStudios();

    expect(server.requests[0]!.pathname).toBe('/api/innovation-studios');
    expect(server.requests[0]!.searchParams.get('where[_status][equals]')).toBe('published');
    expect(server.requests[0]!.searchParams.get('depth')).toBe('1');
    expect(server.requests[0]!.searchParams.get('sort')).toBe('id');
  });

  it('keeps a published lead as id and name, and an unpublished or missing lead as null', async () => {
    server = await startCmsServer(paged(recordedStudioPages()));
    const studios = await createContentClient({ baseUrl: server.baseUrl }).listInnovationStudios();

    expect(studios.map((s) => [s.name, s.lead])).toEqual([
      ['陈立新劳模创新工作室', { id: 1, name: '陈立新' }],
      // The recorded answer after 周敏 was unpublished: the public sees a bare id.
      ['周敏劳模创新工作室', null],
      ['示例电梯维保创新工作室', null],
    ]);
    expect(studios[0]).toMatchObject({ employer: '苏州示例精密机械有限公司', field: '精密数控加工', yearNamed: 2015 });
    expect(studios[2]).toMatchObject({ field: '电梯维保', yearNamed: null });
    expect(richTextToPlainText(studios[0]!.achievements).split('\n')).toHaveLength(3);
  });
});
