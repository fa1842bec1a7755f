// These tests run the client against a real HTTP server that serves recorded Payload-shaped
// JSON. The real CMS (Payload on SQLite) is covered by the end-to-end test that builds the portal.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContentClient } from './index.ts';
import { paged, recordedPages, startCmsServer, type CmsServer } from './fixtures/server.ts';

let server: CmsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('listCampaigns', () => {
  it('asks only for published content, sorted by start date, at depth 1', async () => {
    server = await startCmsServer(paged(recordedPages()));
    await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();

    const first = server.requests[0]!;
    expect(first.pathname).toBe('/api/campaigns');
    expect(Object.fromEntries(first.searchParams)).toEqual({
      'where[_status][equals]': 'published',
      draft: 'false',
      depth: '1',
      limit: '100',
      sort: 'startsAt',
      page: '1',
    });
  });

  it('follows hasNextPage through every page and keeps the CMS order', async () => {
    server = await startCmsServer(paged(recordedPages()));
    const campaigns = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();

    expect(server.requests.map((url) => url.searchParams.get('page'))).toEqual(['1', '2']);
    expect(campaigns.map((c) => c.slug)).toEqual(['reading-month-2026', 'ankang-cup-2026', 'singer-contest-2026']);
  });

  it('stops after one request when there is a single page', async () => {
    const [page1] = recordedPages();
    page1.hasNextPage = false;
    server = await startCmsServer(paged([page1]));
    const campaigns = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();

    expect(server.requests).toHaveLength(1);
    expect(campaigns).toHaveLength(2);
  });

  it('returns typed campaigns with nulls for empty optional fields and unknown fields stripped', async () => {
    server = await startCmsServer(paged(recordedPages()));
    const [, ankang] = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();

    expect(ankang).toEqual({
      id: 3,
      title: '2026 年“安康杯”知识竞赛',
      slug: 'ankang-cup-2026',
      kind: 'ankang-cup',
      summary: '安全生产，人人有责。',
      cover: null,
      body: null,
      startsAt: '2026-06-01T00:00:00.000Z',
      endsAt: null,
      registration: { enabled: false, opensAt: null, closesAt: null, capacity: null, requiresVerifiedParticipant: false },
      voting: null,
      updatedAt: '2026-10-10T01:02:03.000Z',
    });
  });

  it('makes relative media URLs absolute against the base URL, in covers, sizes and body uploads', async () => {
    server = await startCmsServer(paged(recordedPages()));
    const [reading] = await createContentClient({ baseUrl: `${server.baseUrl}/` }).listCampaigns();

    expect(reading!.cover!.url).toBe(`${server.baseUrl}/api/media/file/reading-month-2026.jpg`);
    expect(reading!.cover!.sizes.card).toEqual({
      url: `${server.baseUrl}/api/media/file/reading-month-2026-800x450.jpg`,
      width: 800,
      height: 450,
    });
    const upload = JSON.stringify(reading!.body);
    expect(upload).toContain(`"url":"${server.baseUrl}/api/media/file/reading-month-2026-venue.jpg"`);
    expect(upload).not.toContain('"url":"/api/media');
  });

  it('keeps media URLs that are already absolute', async () => {
    const [page1, page2] = recordedPages();
    page1.docs[0]!.cover!.url = 'https://media.example.org/reading.jpg';
    server = await startCmsServer(paged([page1, page2]));
    const [reading] = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();

    expect(reading!.cover!.url).toBe('https://media.example.org/reading.jpg');
  });

  it('leaves the URL of a rich-text link relative: it is a page of the site, not a CMS file', async () => {
    const [page1, page2] = recordedPages();
    const link = page1.docs[0]!.body!.root.children[4]!.children![1]! as { fields: { url: string } };
    link.fields.url = '/campaigns/ankang-cup-2026/';
    server = await startCmsServer(paged([page1, page2]));
    const [reading] = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();

    expect(JSON.stringify(reading!.body)).toContain('"url":"/campaigns/ankang-cup-2026/"');
  });

  it('treats sizes Payload did not generate as null', async () => {
    server = await startCmsServer(paged(recordedPages()));
    const [reading] = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();

    expect(reading!.cover!.sizes.full).toEqual({ url: `${server.baseUrl}/api/media/file/reading-month-2026-1600x900.jpg`, width: 1600, height: 900 });
    const [page1, page2] = recordedPages();
    const sizes = page1.docs[0]!.cover!.sizes as Record<string, unknown>;
    sizes.full = { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null };
    await server.close();
    server = await startCmsServer(paged([page1, page2]));
    const [again] = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns();
    expect(again!.cover!.sizes.full).toBeNull();
  });

  it('fails with a message naming the campaign and the field when the shape changes', async () => {
    const [page1, page2] = recordedPages();
    page1.docs[1]!.kind = 'lottery';
    server = await startCmsServer(paged([page1, page2]));

    const error = await createContentClient({ baseUrl: server.baseUrl }).listCampaigns().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Campaign "ankang-cup-2026" \(docs\.1\)/);
    expect((error as Error).message).toMatch(/- kind: /);
  });

  it('names nested fields, such as a cover without dimensions', async () => {
    const [page1, page2] = recordedPages();
    delete (page1.docs[0]!.cover as { width?: number }).width;
    server = await startCmsServer(paged([page1, page2]));

    await expect(createContentClient({ baseUrl: server.baseUrl }).listCampaigns()).rejects.toThrow(/- cover\.width: /);
  });

  it('refuses an answer that is not a Payload list', async () => {
    server = await startCmsServer(() => ({ body: [{ slug: 'x' }] }));

    await expect(createContentClient({ baseUrl: server.baseUrl }).listCampaigns()).rejects.toThrow(/is not a Payload list:\n {2}- \(root\)/);
  });

  it('says which URL failed and that the CMS must be running on a non-2xx answer', async () => {
    server = await startCmsServer(() => ({ status: 500, body: { errors: [{ message: 'Something went wrong.' }] } }));

    const error = (await createContentClient({ baseUrl: server.baseUrl }).listCampaigns().catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(`${server.baseUrl}/api/campaigns?`);
    expect(error.message).toContain('answered 500');
    expect(error.message).toContain('npm start');
  });

  it('says which URL failed and that the CMS must be running when nothing listens', async () => {
    const port = await closedPort();
    const error = (await createContentClient({ baseUrl: `http://127.0.0.1:${port}` }).listCampaigns().catch((e: unknown) => e)) as Error;

    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(`http://127.0.0.1:${port}/api/campaigns?`);
    expect(error.message).toContain('The CMS must be running');
    expect(error.message).toContain('npm start');
  });
});

describe('getCampaign', () => {
  it('filters by slug among published campaigns and returns the campaign', async () => {
    const [page1] = recordedPages();
    server = await startCmsServer((url) => ({
      body: { ...page1, docs: page1.docs.filter((d) => d.slug === url.searchParams.get('where[slug][equals]')), hasNextPage: false },
    }));
    const campaign = await createContentClient({ baseUrl: server.baseUrl }).getCampaign('ankang-cup-2026');

    expect(campaign?.title).toBe('2026 年“安康杯”知识竞赛');
    const params = Object.fromEntries(server.requests[0]!.searchParams);
    expect(params).toMatchObject({
      'where[slug][equals]': 'ankang-cup-2026',
      'where[_status][equals]': 'published',
      draft: 'false',
      depth: '1',
    });
  });

  it('encodes the slug so it cannot add query parameters', async () => {
    const [page1] = recordedPages();
    server = await startCmsServer(() => ({ body: { ...page1, docs: [], totalDocs: 0, hasNextPage: false } }));
    await createContentClient({ baseUrl: server.baseUrl }).getCampaign('x&draft=true');

    expect(server.requests[0]!.searchParams.get('where[slug][equals]')).toBe('x&draft=true');
    expect(server.requests[0]!.searchParams.getAll('draft')).toEqual(['false']);
  });

  it('returns null when no published campaign has the slug', async () => {
    const [page1] = recordedPages();
    server = await startCmsServer(() => ({ body: { ...page1, docs: [], totalDocs: 0, totalPages: 0, hasNextPage: false } }));

    expect(await createContentClient({ baseUrl: server.baseUrl }).getCampaign('nope')).toBeNull();
  });
});

/** A port that was free a moment ago and has nothing listening on it now. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
