import type { AdminViewServerProps } from 'payload';
import { canHandleParticipation, canModerateVotes, isStaffUser } from '../../access/roles.ts';
import { shanghaiTime } from '../../display.ts';
import { listCampaigns, type CampaignRef } from '../campaigns.ts';
import { collectResults } from '../exportsEndpoints.ts';
import { listVoteFlags, ParticipationApiError, type RoundResults, type VoteFlag } from '../participationApi.ts';
import { CampaignPicker, ExportLinks, ParticipationPage } from './ParticipationPage.tsx';
import { VoidVoteForm } from './VoidVoteForm.tsx';

const cell = { textAlign: 'left' as const, padding: '4px 12px 4px 0' };

async function load(req: AdminViewServerProps['initPageResult']['req'], campaign: CampaignRef) {
  try {
    const flags = await listVoteFlags(req.payload, campaign.slug);
    const results = await collectResults(req, campaign, flags.map((f) => f.round));
    return { flags, results, error: null };
  } catch (error) {
    if (error instanceof ParticipationApiError) return { flags: [] as VoteFlag[], results: [] as RoundResults[], error: error.message };
    throw error;
  }
}

/**
 * 投票管理 (`/admin/votes`): per campaign the unusual-growth flags (异常增长提醒) and the current
 * results per round; reviewers and admins also void a vote by its receipt, with a reason.
 */
export async function VoteModerationView(props: AdminViewServerProps) {
  const { req } = props.initPageResult;
  if (!isStaffUser(req.user)) return null;
  const campaigns = await listCampaigns(req);
  const asked = typeof props.searchParams?.campaign === 'string' ? props.searchParams.campaign : undefined;
  const campaign = campaigns.find((c) => c.slug === asked) ?? campaigns[0];
  const data = campaign ? await load(req, campaign) : null;
  const apiRoute = `${req.payload.config.serverURL}${req.payload.config.routes.api}`;
  const candidateName = (flag: VoteFlag) =>
    data?.results.find((r) => r.round === flag.round)?.candidates.find((c) => c.id === flag.candidate)?.name ?? flag.candidate;

  return (
    <ParticipationPage view={props} title="投票管理">
      <CampaignPicker campaigns={campaigns} selected={campaign?.slug} />
      {data?.error ? <p style={{ color: '#b3261e' }}>{data.error}</p> : null}
      {campaign && data && !data.error ? (
        <>
          <section aria-labelledby="flags-heading" style={{ marginBottom: 32 }}>
            <h2 id="flags-heading">异常增长提醒</h2>
            {data.flags.length === 0 ? (
              <p>暂无异常增长的候选人。</p>
            ) : (
              <table style={{ borderCollapse: 'collapse' }}>
                <thead>
                  <tr>
                    <th style={cell}>轮次</th>
                    <th style={cell}>候选人</th>
                    <th style={cell}>首次提醒</th>
                    <th style={cell}>最近增速</th>
                    <th style={cell}>阈值</th>
                  </tr>
                </thead>
                <tbody>
                  {data.flags.map((flag) => (
                    <tr key={`${flag.round}/${flag.candidate}`} style={{ color: '#b3261e' }}>
                      <td style={cell}>{data.results.find((r) => r.round === flag.round)?.roundName ?? flag.round}</td>
                      <td style={cell}>{candidateName(flag)}</td>
                      <td style={cell}>{shanghaiTime(flag.firstFlaggedAt)}</td>
                      <td style={cell}>{flag.lastRate}</td>
                      <td style={cell}>{flag.threshold}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="results-heading" style={{ marginBottom: 32 }}>
            <h2 id="results-heading">当前结果</h2>
            {data.results.length === 0 ? <p>该活动暂无投票结果。</p> : null}
            {data.results.map((round) => (
              <div key={round.round} style={{ marginBottom: 16 }}>
                <h3>
                  {round.roundName}（有效 {round.totalVotes} 票，作废 {round.totalVoided} 票{round.updatedAt ? `，更新于 ${shanghaiTime(round.updatedAt)}` : ''}）
                </h3>
                <table style={{ borderCollapse: 'collapse' }}>
                  <thead>
                    <tr>
                      <th style={cell}>名次</th>
                      <th style={cell}>候选人</th>
                      <th style={cell}>得票</th>
                      <th style={cell}>作废票</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...round.candidates]
                      .sort((a, b) => a.rank - b.rank)
                      .map((c) => (
                        <tr key={c.id}>
                          <td style={cell}>{c.rank}</td>
                          <td style={cell}>{c.name}</td>
                          <td style={cell}>{c.votes}</td>
                          <td style={cell}>{c.voided}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            ))}
            {canHandleParticipation(req.user) ? <ExportLinks apiRoute={apiRoute} slug={campaign.slug} kind="votes" /> : null}
          </section>
        </>
      ) : null}
      <section aria-labelledby="void-heading">
        <h2 id="void-heading">作废投票</h2>
        {canModerateVotes(req.user) ? <VoidVoteForm /> : <p>只有审核人员或管理员可以作废投票。</p>}
      </section>
    </ParticipationPage>
  );
}
