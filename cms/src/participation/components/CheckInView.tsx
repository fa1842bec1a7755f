import type { AdminViewServerProps } from 'payload';
import { canHandleParticipation, canRevealPhones } from '../../access/roles.ts';
import { listCampaigns } from '../campaigns.ts';
import { CheckInForm } from './CheckInForm.tsx';
import { CampaignPicker, ExportLinks, ParticipationPage } from './ParticipationPage.tsx';

/**
 * 签到 (`/admin/check-in`): pick the campaign, then type the confirmation code or scan the QR code
 * with a scanner that types; each result shows the name and masked phone, or the API's message.
 */
export async function CheckInView(props: AdminViewServerProps) {
  const { req } = props.initPageResult;
  if (!canHandleParticipation(req.user)) {
    return (
      <ParticipationPage view={props} title="签到">
        <p>只有管理员、编辑或审核人员可以办理签到。</p>
      </ParticipationPage>
    );
  }
  const campaigns = await listCampaigns(req);
  const asked = typeof props.searchParams?.campaign === 'string' ? props.searchParams.campaign : undefined;
  const selected = campaigns.find((c) => c.slug === asked)?.slug ?? campaigns[0]?.slug;
  const apiRoute = `${req.payload.config.serverURL}${req.payload.config.routes.api}`;
  return (
    <ParticipationPage view={props} title="签到">
      <CampaignPicker campaigns={campaigns} selected={selected} />
      {selected ? <CheckInForm key={selected} campaign={selected} /> : null}
      {selected ? (
        <section style={{ marginTop: 32 }}>
          <h2>报名名单</h2>
          <ExportLinks apiRoute={apiRoute} slug={selected} kind="registrations" />
          <p>{canRevealPhones(req.user) ? '您是管理员，导出的名单含完整手机号，请妥善保管。' : '导出的名单中手机号已脱敏（如 138****1234）。'}每次导出都会记入审核记录。</p>
        </section>
      ) : null}
    </ParticipationPage>
  );
}
