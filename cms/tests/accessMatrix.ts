import { randomBytes } from 'node:crypto';
import { APIError, createLocalReq, docAccessOperation, getAccessResults, type CollectionSlug, type Payload } from 'payload';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLISH_FORBIDDEN_MESSAGE } from '../src/collections/hooks/refuseUnpermittedPublish.ts';
import type { User } from '../src/payload-types.ts';
import * as fixtures from './contentFixtures.ts';

export type Actor = 'anonymous' | 'viewer' | 'editor' | 'reviewer' | 'admin';
type Operation = (typeof OPERATIONS)[number];
type Outcome = 'allowed' | 'refused' | 'n/a';
type Id = number | string;

const ACTORS: readonly Actor[] = ['anonymous', 'viewer', 'editor', 'reviewer', 'admin'];
const OPERATIONS = ['create', 'readPublished', 'readDraft', 'updateDraft', 'publish', 'unpublish', 'delete'] as const;

/**
 * Who may do what: ✓ allowed, ✗ refused, · does not apply. Media and accounts have no drafts, so
 * for them "read published" reads a document and "update draft" changes it; for accounts the
 * document is somebody else's. The site-settings global can only be read and updated.
 */
const EXPECTED = {
  //                  create   read published   read draft   update draft   publish   unpublish   delete
  content: {
    anonymous: '        ✗            ✓               ✗              ✗            ✗          ✗          ✗',
    viewer: '           ✗            ✓               ✓              ✗            ✗          ✗          ✗',
    editor: '           ✓            ✓               ✓              ✓            ✗          ✗          ✗',
    reviewer: '         ✗            ✓               ✓              ✓            ✓          ✓          ✗',
    admin: '            ✓            ✓               ✓              ✓            ✓          ✓          ✓',
  },
  media: {
    anonymous: '        ✗            ✓               ·              ✗            ·          ·          ✗',
    viewer: '           ✗            ✓               ·              ✗            ·          ·          ✗',
    editor: '           ✓            ✓               ·              ✓            ·          ·          ✗',
    reviewer: '         ✓            ✓               ·              ✓            ·          ·          ✗',
    admin: '            ✓            ✓               ·              ✓            ·          ·          ✓',
  },
  users: {
    anonymous: '        ✗            ✗               ·              ✗            ·          ·          ✗',
    viewer: '           ✗            ✗               ·              ✗            ·          ·          ✗',
    editor: '           ✗            ✗               ·              ✗            ·          ·          ✗',
    reviewer: '         ✗            ✗               ·              ✗            ·          ·          ✗',
    admin: '            ✓            ✓               ·              ✓            ·          ·          ✓',
  },
  // The audit log and the site-build records: written only by the system, read by staff.
  records: {
    anonymous: '        ✗            ✗               ·              ✗            ·          ·          ✗',
    viewer: '           ✗            ✓               ·              ✗            ·          ·          ✗',
    editor: '           ✗            ✓               ·              ✗            ·          ·          ✗',
    reviewer: '         ✗            ✓               ·              ✗            ·          ·          ✗',
    admin: '            ✗            ✓               ·              ✗            ·          ·          ✗',
  },
  'site-settings': {
    anonymous: '        ·            ✓               ·              ✗            ·          ·          ·',
    viewer: '           ·            ✓               ·              ✗            ·          ·          ·',
    editor: '           ·            ✓               ·              ✗            ·          ·          ·',
    reviewer: '         ·            ✓               ·              ✓            ·          ·          ·',
    admin: '            ·            ✓               ·              ✓            ·          ·          ·',
  },
} satisfies Record<string, Record<Actor, string>>;

const SYMBOLS: Record<string, Outcome> = { '✓': 'allowed', '✗': 'refused', '·': 'n/a' };

function expectedRow(table: keyof typeof EXPECTED, actor: Actor): Record<Operation, Outcome> {
  const cells = EXPECTED[table][actor].trim().split(/\s+/);
  if (cells.length !== OPERATIONS.length) throw new Error(`Row ${table}/${actor} has ${cells.length} cells`);
  return Object.fromEntries(OPERATIONS.map((op, i) => [op, SYMBOLS[cells[i] ?? ''] ?? 'n/a'])) as Record<Operation, Outcome>;
}

/** Content collections walked by the matrix, with valid data for a new document. */
const CONTENT: Record<string, (contestId: Id) => Record<string, unknown>> = {
  campaigns: () => fixtures.campaignData(),
  'model-workers': () => fixtures.modelWorkerData(),
  books: () => fixtures.bookData(),
  contests: () => fixtures.contestData(),
  contestants: (contestId) => fixtures.contestantData(Number(contestId)),
  'quiz-questions': () => fixtures.quizQuestionData(),
  news: () => fixtures.newsData(),
  pages: () => fixtures.pageData(),
};

const tag = () => randomBytes(3).toString('hex');

/**
 * A refusal is a 403 or 404 from Payload (a document the caller may not see is "not found");
 * anything else, a validation error say, means the matrix itself is wrong and fails the test.
 */
async function outcomeOf(operation: () => Promise<unknown>): Promise<Outcome> {
  try {
    await operation();
    return 'allowed';
  } catch (err) {
    if (err instanceof APIError && (err.status === 403 || err.status === 404)) return 'refused';
    throw err;
  }
}

type Step = { target: () => Promise<Id | null>; run: (actor: Actor, id: Id | null) => Promise<void> };

/**
 * Runs each operation of a row as `actor` and returns what happened; a refused operation must
 * leave `stateOf` its target exactly as it was.
 */
async function walkRow(actor: Actor, operations: Partial<Record<Operation, Step>>, stateOf: (id: Id | null) => Promise<unknown>) {
  const outcomes = {} as Record<Operation, Outcome>;
  for (const operation of OPERATIONS) {
    const step = operations[operation];
    if (!step) {
      outcomes[operation] = 'n/a';
      continue;
    }
    const id = await step.target();
    const before = await stateOf(id);
    outcomes[operation] = await outcomeOf(() => step.run(actor, id));
    if (outcomes[operation] === 'refused') expect({ operation, state: await stateOf(id) }).toEqual({ operation, state: before });
  }
  return outcomes;
}

export interface MatrixContext {
  payload: Payload;
  users: Record<Exclude<Actor, 'anonymous'>, User>;
}

/**
 * The role × collection × operation matrix, through the Local API with `overrideAccess: false`.
 * Fixture documents are made once per collection with `overrideAccess: true`, put back into
 * their starting state (one published, one draft) before each role's row, and every refused
 * operation is checked to have left the stored data, versions included, as it was.
 */
export function accessMatrix(context: () => MatrixContext) {
  const as = (actor: Actor) => {
    const { users } = context();
    return actor === 'anonymous' ? ({ overrideAccess: false } as const) : ({ user: users[actor], overrideAccess: false } as const);
  };
  const system = { overrideAccess: true, depth: 0 } as const;

  describe('access matrix', () => {
    let payload: Payload;
    let image: Buffer;
    const imageFile = () => ({ data: image, mimetype: 'image/png', name: `matrix-${tag()}.png`, size: image.length });

    beforeAll(async () => {
      payload = context().payload;
      image = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c8102e' } }).png().toBuffer();
    });

    describe('content', () => {
      for (const [slug, dataFor] of Object.entries(CONTENT)) {
        const collection = slug as CollectionSlug;
        describe(collection, () => {
          let contestId: Id = 0;
          let publishedId: Id;
          let draftId: Id;
          let disposableId: Id | null = null;
          const newData = () => dataFor(contestId);
          const titleField = () => payload.collections[collection].config.admin.useAsTitle ?? 'id';

          beforeAll(async () => {
            if (collection === 'contestants') {
              contestId = (await payload.create({ collection: 'contests', data: { ...fixtures.contestData(), _status: 'published' }, ...system })).id;
            }
            publishedId = (await payload.create({ collection, data: { ...newData(), _status: 'published' } as never, ...system })).id;
            draftId = (await payload.create({ collection, data: newData() as never, draft: true, ...system })).id;
          });

          /** What a refused operation must not change: the main row, the latest draft, the versions, the count. */
          const stateOf = async (id: Id | null) => ({
            count: (await payload.count({ collection, overrideAccess: true })).totalDocs,
            ...(id === null
              ? {}
              : {
                  main: await payload.findByID({ collection, id, ...system }),
                  latest: await payload.findByID({ collection, id, draft: true, ...system }),
                  versions: (await payload.countVersions({ collection, where: { parent: { equals: id } }, overrideAccess: true })).totalDocs,
                }),
          });
          const mainStatus = async (id: Id) => ((await payload.findByID({ collection, id, ...system })) as { _status?: string })._status;

          const operations: Record<Operation, Step> = {
            create: {
              target: async () => null,
              run: async (actor) => {
                const created = await payload.create({ collection, data: newData() as never, draft: true, ...as(actor) });
                expect((created as { _status?: string })._status).toBe('draft');
              },
            },
            readPublished: {
              target: async () => null,
              run: async (actor) => {
                expect((await payload.findByID({ collection, id: publishedId, depth: 0, ...as(actor) })).id).toBe(publishedId);
              },
            },
            readDraft: {
              target: async () => null,
              run: async (actor) => {
                const doc = await payload.findByID({ collection, id: draftId, draft: true, depth: 0, ...as(actor) });
                expect([doc.id, (doc as { _status?: string })._status]).toEqual([draftId, 'draft']);
              },
            },
            updateDraft: {
              target: async () => draftId,
              run: async (actor) => {
                const title = `矩阵测试修改${tag()}`;
                await payload.update({ collection, id: draftId, data: { [titleField()]: title } as never, draft: true, ...as(actor) });
                const latest = await payload.findByID({ collection, id: draftId, draft: true, ...system });
                expect((latest as unknown as Record<string, unknown>)[titleField()]).toBe(title);
              },
            },
            publish: {
              target: async () => draftId,
              run: async (actor) => {
                await payload.update({ collection, id: draftId, data: { _status: 'published' } as never, ...as(actor) });
                expect(await mainStatus(draftId)).toBe('published');
              },
            },
            unpublish: {
              target: async () => publishedId,
              run: async (actor) => {
                await payload.update({ collection, id: publishedId, data: { _status: 'draft' } as never, ...as(actor) });
                expect(await mainStatus(publishedId)).toBe('draft');
              },
            },
            delete: {
              target: async () =>
                (disposableId ??= (await payload.create({ collection, data: { ...newData(), _status: 'published' } as never, ...system })).id),
              run: async (actor, id) => {
                await payload.delete({ collection, id: id as Id, ...as(actor) });
                disposableId = null;
                await expect(payload.findByID({ collection, id: id as Id, ...system })).rejects.toBeInstanceOf(APIError);
              },
            },
          };

          for (const actor of ACTORS) {
            it(`gives ${actor} exactly the expected rights`, async () => {
              await payload.update({ collection, id: publishedId, data: { _status: 'published' } as never, ...system });
              await payload.update({ collection, id: draftId, data: { _status: 'draft' } as never, ...system });
              expect(await walkRow(actor, operations, stateOf)).toEqual(expectedRow('content', actor));
            });
          }
        });
      }

      it('refuses an editor a direct edit of a published document, in Chinese, and takes the same edit as a draft', async () => {
        const published = await payload.create({ collection: 'news', data: { ...fixtures.newsData(), _status: 'published' }, ...system });

        const error = await payload.update({ collection: 'news', id: published.id, data: { title: '未经审核的标题' }, ...as('editor') }).catch((err: unknown) => err);
        expect(error).toMatchObject({ message: PUBLISH_FORBIDDEN_MESSAGE, status: 403 });
        expect((await payload.findByID({ collection: 'news', id: published.id, draft: true, ...system })).title).toBe(published.title);

        await payload.update({ collection: 'news', id: published.id, data: { title: '待审核的标题' }, draft: true, ...as('editor') });
        expect((await payload.findByID({ collection: 'news', id: published.id, draft: true, ...system })).title).toBe('待审核的标题');
        expect(await payload.findByID({ collection: 'news', id: published.id, ...as('anonymous') })).toMatchObject({ title: published.title, _status: 'published' });
      });
    });

    describe('media', () => {
      let mediaId: Id;
      let disposableId: Id | null = null;
      const upload = async () => (await payload.create({ collection: 'media', data: { alt: `矩阵测试图片${tag()}` }, file: imageFile(), ...system })).id;
      const stateOf = async (id: Id | null) => ({
        count: (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
        doc: id === null ? null : await payload.findByID({ collection: 'media', id, ...system }),
      });

      beforeAll(async () => {
        mediaId = await upload();
      });

      const operations: Partial<Record<Operation, Step>> = {
        create: {
          target: async () => null,
          run: async (actor) => {
            await payload.create({ collection: 'media', data: { alt: '矩阵测试上传' }, file: imageFile(), ...as(actor) });
          },
        },
        readPublished: {
          target: async () => null,
          run: async (actor) => {
            expect((await payload.findByID({ collection: 'media', id: mediaId, ...as(actor) })).id).toBe(mediaId);
          },
        },
        updateDraft: {
          target: async () => mediaId,
          run: async (actor) => {
            await payload.update({ collection: 'media', id: mediaId, data: { alt: `改过的替代文本${tag()}` }, ...as(actor) });
          },
        },
        delete: {
          target: async () => (disposableId ??= await upload()),
          run: async (actor, id) => {
            await payload.delete({ collection: 'media', id: id as Id, ...as(actor) });
            disposableId = null;
          },
        },
      };

      for (const actor of ACTORS) {
        it(`gives ${actor} exactly the expected rights`, async () => {
          expect(await walkRow(actor, operations, stateOf)).toEqual(expectedRow('media', actor));
        });
      }
    });

    describe('users', () => {
      let otherId: Id;
      let disposableId: Id | null = null;
      const newAccount = () => ({ email: `matrix-${tag()}@example.com`, password: 'correct horse battery', name: '矩阵测试账号', roles: ['editor' as const] });
      const stateOf = async (id: Id | null) => ({
        count: (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
        doc: id === null ? null : await payload.findByID({ collection: 'users', id, ...system }),
      });

      beforeAll(async () => {
        otherId = (await payload.create({ collection: 'users', data: newAccount(), ...system })).id;
      });

      const operations: Partial<Record<Operation, Step>> = {
        create: {
          target: async () => null,
          run: async (actor) => {
            await payload.create({ collection: 'users', data: newAccount(), ...as(actor) });
          },
        },
        readPublished: {
          target: async () => null,
          run: async (actor) => {
            expect((await payload.findByID({ collection: 'users', id: otherId, ...as(actor) })).id).toBe(otherId);
          },
        },
        updateDraft: {
          target: async () => otherId,
          run: async (actor) => {
            await payload.update({ collection: 'users', id: otherId, data: { name: `改过的名字${tag()}` }, ...as(actor) });
          },
        },
        delete: {
          target: async () => (disposableId ??= (await payload.create({ collection: 'users', data: newAccount(), ...system })).id),
          run: async (actor, id) => {
            await payload.delete({ collection: 'users', id: id as Id, ...as(actor) });
            disposableId = null;
          },
        },
      };

      for (const actor of ACTORS) {
        it(`gives ${actor} exactly the expected rights over other accounts`, async () => {
          expect(await walkRow(actor, operations, stateOf)).toEqual(expectedRow('users', actor));
        });
      }

      it('lets every role change their own name and password, but not their roles', async () => {
        for (const role of ['viewer', 'editor', 'reviewer'] as const) {
          const self = { ...(await payload.create({ collection: 'users', data: { ...newAccount(), roles: [role] }, ...system })), collection: 'users' as const };
          const updated = await payload.update({
            collection: 'users',
            id: self.id,
            data: { name: '新名字', password: 'another horse battery', roles: ['admin'] },
            user: self,
            overrideAccess: false,
          });
          expect(updated.name).toBe('新名字');
          expect((await payload.findByID({ collection: 'users', id: self.id, ...system })).roles).toEqual([role]);
          const login = await payload.login({ collection: 'users', data: { email: self.email, password: 'another horse battery' } });
          expect(login.user?.id).toBe(self.id);
        }
      });
    });

    describe('site-settings', () => {
      for (const actor of ACTORS) {
        it(`gives ${actor} exactly the expected rights`, async () => {
          const stateOf = () => payload.findGlobal({ slug: 'site-settings', ...system });
          const outcomes = Object.fromEntries(OPERATIONS.map((op) => [op, 'n/a'])) as Record<Operation, Outcome>;
          outcomes.readPublished = await outcomeOf(() => payload.findGlobal({ slug: 'site-settings', ...as(actor) }));
          const before = await stateOf();
          const organisationName = `矩阵测试单位${tag()}`;
          outcomes.updateDraft = await outcomeOf(async () => {
            await payload.updateGlobal({ slug: 'site-settings', data: { organisationName }, ...as(actor) });
            expect((await stateOf()).organisationName).toBe(organisationName);
          });
          if (outcomes.updateDraft === 'refused') expect(await stateOf()).toEqual(before);
          expect(outcomes).toEqual(expectedRow('site-settings', actor));
        });
      }
    });

    describe('system records', () => {
      const records = {
        'audit-log': () => ({ collectionSlug: 'news', documentId: '1', action: 'submit', fromState: 'draft', toState: 'submitted', actorName: '矩阵' }),
        'site-builds': () => ({ site: 'portal', status: 'live', trigger: 'manual', summary: `矩阵测试${tag()}` }),
      } as const;
      for (const [collection, data] of Object.entries(records) as [keyof typeof records, () => Record<string, unknown>][]) {
        describe(collection, () => {
          for (const actor of ACTORS) {
            it(`gives ${actor} exactly the expected rights`, async () => {
              const existing = await payload.create({ collection, data: data() as never, ...system });
              const stateOf = () => payload.findByID({ collection, id: existing.id, ...system });
              const before = await stateOf();
              const outcomes = Object.fromEntries(OPERATIONS.map((op) => [op, 'n/a'])) as Record<Operation, Outcome>;
              outcomes.create = await outcomeOf(() => payload.create({ collection, data: data() as never, ...as(actor) }));
              outcomes.readPublished = await outcomeOf(() => payload.findByID({ collection, id: existing.id, ...as(actor) }));
              outcomes.updateDraft = await outcomeOf(() => payload.update({ collection, id: existing.id, data: { comment: '改', summary: '改' } as never, ...as(actor) }));
              outcomes.delete = await outcomeOf(() => payload.delete({ collection, id: existing.id, ...as(actor) }));
              expect(await stateOf()).toEqual(before);
              expect(outcomes).toEqual(expectedRow('records', actor));
            });
          }
        });
      }
    });

    describe('admin panel', () => {
      // What the admin shows each role, worked out by Payload from the same access results:
      // 新建, 发布/取消发布 and 删除 buttons, and whether a form can be saved at all.
      const SHOWN: Record<Actor, Record<string, boolean>> = {
        anonymous: { admin: false, createNews: false, saveNews: false, publishNews: false, deleteNews: false, upload: false, deleteMedia: false, createUser: false, saveSettings: false },
        viewer: { admin: true, createNews: false, saveNews: false, publishNews: false, deleteNews: false, upload: false, deleteMedia: false, createUser: false, saveSettings: false },
        editor: { admin: true, createNews: true, saveNews: true, publishNews: false, deleteNews: false, upload: true, deleteMedia: false, createUser: false, saveSettings: false },
        reviewer: { admin: true, createNews: false, saveNews: true, publishNews: true, deleteNews: false, upload: true, deleteMedia: false, createUser: false, saveSettings: true },
        admin: { admin: true, createNews: true, saveNews: true, publishNews: true, deleteNews: true, upload: true, deleteMedia: true, createUser: true, saveSettings: true },
      };

      for (const actor of ACTORS) {
        it(`shows ${actor} only the actions they may take`, async () => {
          const { users } = context();
          const req = await createLocalReq({ user: actor === 'anonymous' ? undefined : { ...users[actor], collection: 'users' } }, payload);
          const permissions = await getAccessResults({ req });
          const news = await docAccessOperation({ collection: payload.collections.news, data: { _status: 'draft' }, req });
          const publishNews = await docAccessOperation({ collection: payload.collections.news, data: { _status: 'published' }, req });
          expect({
            admin: Boolean(permissions.canAccessAdmin),
            createNews: Boolean(permissions.collections?.news?.create),
            saveNews: Boolean(news.update),
            publishNews: Boolean(publishNews.update),
            deleteNews: Boolean(news.delete),
            upload: Boolean(permissions.collections?.media?.create),
            deleteMedia: Boolean(permissions.collections?.media?.delete),
            createUser: Boolean(permissions.collections?.users?.create),
            saveSettings: Boolean(permissions.globals?.['site-settings']?.update),
          }).toEqual(SHOWN[actor]);
        });
      }
    });
  });
}
