import { SITE_IDS, SITES } from '@union/publisher';
import type { Payload, TypedUser } from 'payload';
import { canPublishContent, isStaffUser } from '../../access/roles.ts';
import { shanghaiTime } from '../../display.ts';
import type { SiteBuild } from '../../payload-types.ts';
import { SLUGS } from '../../slugs.ts';
import { SITE_BUILD_STATUS_LABELS, type SiteBuildStatus } from '../buildStates.ts';
import { PublishSitesButton } from './PublishSitesButton.tsx';

interface Props {
  payload: Payload;
  user?: TypedUser | null;
}

const when = (value: string | null | undefined) => (value ? shanghaiTime(value) : '—');

const STATUS_COLORS: Record<SiteBuildStatus, string> = {
  queued: '#8a6d00',
  building: '#0b5cad',
  live: '#1d7a33',
  superseded: '#555',
  failed: '#b3261e',
};

/**
 * 站点发布 on the dashboard: per site, the latest build (queued, building, live or failed with the
 * end of its log) and when the live version was built; publishers also get the 发布站点 button.
 */
export async function SiteBuildsPanel({ payload, user }: Props) {
  if (!user || !isStaffUser(user)) return null;
  const rows = await Promise.all(
    SITE_IDS.map(async (site) => {
      const find = (status?: SiteBuildStatus) =>
        payload.find({
          collection: SLUGS.siteBuilds,
          where: status ? { and: [{ site: { equals: site } }, { status: { equals: status } }] } : { site: { equals: site } },
          sort: '-createdAt',
          limit: 1,
          depth: 0,
          user,
          overrideAccess: false,
        });
      const [latest, live] = await Promise.all([find(), find('live')]);
      return { site, latest: latest.docs[0] as SiteBuild | undefined, live: live.docs[0] as SiteBuild | undefined };
    }),
  );
  const busy = rows.some(({ latest }) => latest?.status === 'queued' || latest?.status === 'building');

  return (
    <section style={{ marginBottom: 32 }} aria-labelledby="site-builds-heading">
      <h2 id="site-builds-heading">站点发布</h2>
      <p>审核通过的内容会在几秒内自动生成到网站；生成失败时，网站继续显示上一次成功的版本。</p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left' }}>站点</th>
            <th style={{ textAlign: 'left' }}>最近一次</th>
            <th style={{ textAlign: 'left' }}>状态</th>
            <th style={{ textAlign: 'left' }}>线上版本生成于</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ site, latest, live }) => (
            <tr key={site} data-site={site}>
              <td>{SITES[site].label}</td>
              <td>
                {latest ? (
                  <a href={`${payload.config.routes.admin}/collections/${SLUGS.siteBuilds}/${latest.id}`}>{latest.summary ?? '—'}</a>
                ) : (
                  '尚无记录'
                )}
                {latest?.status === 'failed' && latest.log ? (
                  <details>
                    <summary>查看日志末尾</summary>
                    <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>{latest.log}</pre>
                  </details>
                ) : null}
              </td>
              <td data-status={latest?.status ?? 'none'} style={{ color: latest ? STATUS_COLORS[latest.status] : undefined, fontWeight: 600 }}>
                {latest ? SITE_BUILD_STATUS_LABELS[latest.status] : '—'}
              </td>
              <td>{when(live?.finishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PublishSitesButton canPublish={canPublishContent(user)} busy={busy} />
    </section>
  );
}
