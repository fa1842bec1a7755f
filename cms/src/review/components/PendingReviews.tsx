import type { CollectionSlug, Payload, TypedUser } from 'payload';
import { canPublishContent } from '../../access/roles.ts';
import { labelText, shanghaiTime } from '../../display.ts';
import { isReviewedCollectionConfig } from '../reviewDocument.ts';

interface Props {
  payload: Payload;
  user?: TypedUser | null;
}

interface PendingRow {
  key: string;
  title: string;
  collectionLabel: string;
  submitterId: number | string | null;
  updatedAt: string;
  href: string;
}

const PER_COLLECTION = 20;

/** 待我审核 on the dashboard: submitted documents across the collections, for reviewers and admins. */
export async function PendingReviews({ payload, user }: Props) {
  if (!user || !canPublishContent(user)) return null;
  const collections = Object.values(payload.collections).filter(({ config }) => isReviewedCollectionConfig(config));
  const adminRoute = payload.config.routes.admin;

  const rows: PendingRow[] = (
    await Promise.all(
      collections.map(async ({ config }) => {
        const result = await payload.find({
          collection: config.slug as CollectionSlug,
          draft: true,
          where: { 'review.state': { equals: 'submitted' } },
          sort: '-updatedAt',
          limit: PER_COLLECTION,
          depth: 0,
          user,
          overrideAccess: false,
        });
        const titleField = config.admin.useAsTitle;
        return result.docs.map((doc): PendingRow => {
          const record = doc as unknown as Record<string, unknown> & { id: number | string; updatedAt: string; review?: { submittedBy?: unknown } };
          const submittedBy = record.review?.submittedBy;
          return {
            key: `${config.slug}:${record.id}`,
            title: String((titleField ? record[titleField] : undefined) ?? record.id),
            collectionLabel: labelText(config.labels.singular, config.slug),
            submitterId: typeof submittedBy === 'number' || typeof submittedBy === 'string' ? submittedBy : null,
            updatedAt: record.updatedAt,
            href: `${adminRoute}/collections/${config.slug}/${record.id}`,
          };
        });
      }),
    )
  )
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const submitters = await submitterNames(payload, rows);

  return (
    <section style={{ marginBottom: 32 }}>
      <h2>待我审核</h2>
      {rows.length === 0 ? (
        <p>暂无待审核的稿件。</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>标题</th>
              <th style={{ textAlign: 'left' }}>类型</th>
              <th style={{ textAlign: 'left' }}>提交人</th>
              <th style={{ textAlign: 'left' }}>提交时间</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>
                  <a href={row.href}>{row.title}</a>
                </td>
                <td>{row.collectionLabel}</td>
                <td>{(row.submitterId !== null && submitters.get(String(row.submitterId))) || '—'}</td>
                <td>{shanghaiTime(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * Reviewers may not read other people's accounts, but who submitted a draft is part of the review
 * task (the audit log keeps the same name): look the names up in one query, names and emails only.
 */
async function submitterNames(payload: Payload, rows: PendingRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.submitterId === null ? [] : [row.submitterId])))];
  if (ids.length === 0) return new Map();
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true, email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  return new Map(docs.map((u) => [String(u.id), (u as { name?: string | null }).name || u.email]));
}
