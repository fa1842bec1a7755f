import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import type { ReactNode } from 'react';

interface Props {
  view: AdminViewServerProps;
  title: string;
  children: ReactNode;
}

/** A custom admin page inside the usual frame (navigation, header), as Payload leaves new root views bare. */
export function ParticipationPage({ view, title, children }: Props) {
  const { initPageResult, params, searchParams } = view;
  const { req, permissions, visibleEntities, locale } = initPageResult;
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginBottom: 16 }}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  );
}

/** Links to the two exports of a campaign, in both formats; the browser sends the session cookie. */
export function ExportLinks({ apiRoute, slug, kind }: { apiRoute: string; slug: string; kind: 'registrations' | 'votes' }) {
  const label = kind === 'registrations' ? '导出报名名单' : '导出投票结果';
  const href = (format: string) => `${apiRoute}/exports/${kind}?campaign=${encodeURIComponent(slug)}&format=${format}`;
  return (
    <p>
      {label}：<a href={href('xlsx')}>Excel（.xlsx）</a> · <a href={href('csv')}>CSV</a>
    </p>
  );
}

/** The campaign picker of both screens: a plain GET form, so the chosen campaign sits in the address and survives a reload. */
export function CampaignPicker({ campaigns, selected }: { campaigns: { slug: string; title: string }[]; selected: string | undefined }) {
  if (campaigns.length === 0) return <p>还没有活动。</p>;
  return (
    <form method="get" style={{ marginBottom: 24 }}>
      <label>
        活动：
        <select name="campaign" defaultValue={selected}>
          {campaigns.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}（{c.slug}）
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">切换</button>
    </form>
  );
}
