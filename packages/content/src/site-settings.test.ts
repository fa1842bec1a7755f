import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { siteSettingsLoader } from './astro-loader.ts';
import { startCmsServer, type CmsServer } from './fixtures/server.ts';
import recorded from './fixtures/site-settings.json' with { type: 'json' };
import { createContentClient } from './index.ts';
import { SITE_SETTINGS_ENTRY_ID, siteSettingsSchema } from './site-settings.ts';

let server: CmsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('siteSettingsSchema', () => {
  it('keeps the organisation details of a recorded answer and strips Payload\'s own fields', () => {
    expect(siteSettingsSchema.parse(recorded)).toEqual({
      organisationName: '示例市总工会',
      contactPhone: '0512-0000 0000',
      contactEmail: 'contact@example.org',
      footerText: '示例市总工会 主办 · 本站为演示站点，所列人物、单位均为示例。',
      icpNumber: '苏ICP备00000000号-1',
    });
  });

  it('reads a global nobody has saved, and blank fields, as nulls', () => {
    const empty = { organisationName: null, contactPhone: null, contactEmail: null, footerText: null, icpNumber: null };
    expect(siteSettingsSchema.parse({ globalType: 'site-settings', createdAt: null, updatedAt: null })).toEqual(empty);
    expect(siteSettingsSchema.parse({ ...recorded, icpNumber: '   ', footerText: '' })).toMatchObject({ icpNumber: null, footerText: null });
  });

  it('gives the same result when Astro parses its own output again', () => {
    const once = siteSettingsSchema.parse({ ...recorded, organisationName: '  示例市总工会 ', icpNumber: null });
    expect(siteSettingsSchema.parse(once)).toEqual(once);
  });

  it('refuses a field of the wrong type', () => {
    expect(siteSettingsSchema.safeParse({ ...recorded, icpNumber: 12345 }).success).toBe(false);
  });
});

describe('getSiteSettings', () => {
  it('reads the public global at depth 0', async () => {
    server = await startCmsServer(() => ({ body: recorded }));
    const settings = await createContentClient({ baseUrl: `${server.baseUrl}/` }).getSiteSettings();

    expect(settings.organisationName).toBe('示例市总工会');
    expect(server.requests.map((url) => `${url.pathname}${url.search}`)).toEqual(['/api/globals/site-settings?depth=0']);
  });

  it('fails with the field that does not match, and on an error answer', async () => {
    server = await startCmsServer((url) => (url.pathname.startsWith('/api/') ? { body: { ...recorded, contactPhone: ['0512'] } } : { status: 404, body: {} }));
    await expect(createContentClient({ baseUrl: server.baseUrl }).getSiteSettings()).rejects.toThrow(/site settings[\s\S]*contactPhone/);
    await expect(createContentClient({ baseUrl: `${server.baseUrl}/cms` }).getSiteSettings()).rejects.toThrow(/404/);
  });
});

describe('siteSettingsLoader', () => {
  function context() {
    const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
    const parsed: string[] = [];
    const ctx = {
      collection: 'siteSettings',
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number }) => (entries.set(entry.id, entry), true),
      },
      generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
      logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    } as unknown as LoaderContext;
    return { ctx, entries, parsed };
  }

  it('stores the settings as the one entry of the collection, and leaves them alone when unchanged', async () => {
    let answer: unknown = recorded;
    server = await startCmsServer(() => ({ body: answer }));
    const loader = siteSettingsLoader({ baseUrl: server.baseUrl });
    const { ctx, entries, parsed } = context();

    await loader.load(ctx);
    await loader.load(ctx);
    expect([...entries.keys()]).toEqual([SITE_SETTINGS_ENTRY_ID]);
    expect(entries.get(SITE_SETTINGS_ENTRY_ID)?.data).toMatchObject({ organisationName: '示例市总工会' });
    expect(parsed).toEqual([SITE_SETTINGS_ENTRY_ID]);

    answer = { ...recorded, icpNumber: '' };
    await loader.load(ctx);
    expect(entries.get(SITE_SETTINGS_ENTRY_ID)?.data).toMatchObject({ icpNumber: null });
    expect(parsed).toHaveLength(2);
  });
});
