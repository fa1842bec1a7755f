import { API_ERRORS, myParticipationDeletedResponseSchema, myParticipationResponseSchema, type MyParticipationResponse } from '@union/schemas';
import { callApi, errorMessage, NETWORK_ERROR } from '@union/ui/islands/participant.ts';

export type MyRegistration = MyParticipationResponse['registrations'][number];
export type MyVote = MyParticipationResponse['votes'][number];

const base = (apiBase: string) => apiBase.replace(/\/+$/, '');
export const meUrl = (apiBase: string) => `${base(apiBase)}/v1/me`;

export type MeOutcome<T> =
  | { kind: 'ok'; data: T }
  /** The token is missing, expired or refused: verify the phone again. */
  | { kind: 'unverified'; message: string }
  | { kind: 'error'; message: string };

function interpret<T>(answer: Awaited<ReturnType<typeof callApi>>, parse: (body: unknown) => T | null): MeOutcome<T> {
  if (!answer.ok) return { kind: 'error', message: NETWORK_ERROR };
  if (answer.status === 401) return { kind: 'unverified', message: errorMessage(answer) };
  if (answer.status !== 200) return { kind: 'error', message: errorMessage(answer) };
  const data = parse(answer.body);
  return data ? { kind: 'ok', data } : { kind: 'error', message: API_ERRORS.INTERNAL.message };
}

/** GET /v1/me: everything kept about the verified phone. */
export async function loadMine(apiBase: string, token: string): Promise<MeOutcome<MyParticipationResponse>> {
  const answer = await callApi(meUrl(apiBase), { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  return interpret(answer, (body) => {
    const parsed = myParticipationResponseSchema.safeParse(body);
    return parsed.success ? parsed.data : null;
  });
}

/** DELETE /v1/me: erases the registrations and unlinks the votes; answers what was erased. */
export async function deleteMine(apiBase: string, token: string): Promise<MeOutcome<{ registrations: number; votesUnlinked: number }>> {
  const answer = await callApi(meUrl(apiBase), { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  return interpret(answer, (body) => {
    const parsed = myParticipationDeletedResponseSchema.safeParse(body);
    return parsed.success ? parsed.data.deleted : null;
  });
}

/** 已报名 / 候补第N位 / 已取消, as the person should read their registration. */
export function registrationStatusLabel(registration: Pick<MyRegistration, 'status' | 'waitlistPosition'>): string {
  if (registration.status === 'cancelled') return '已取消';
  if (registration.status === 'waitlisted') return registration.waitlistPosition ? `候补第${registration.waitlistPosition}位` : '候补';
  return '已报名';
}

/** 已作废 / 已计入 / 待计入: a voided vote is shown as such even after it was counted. */
export function voteStatusLabel(vote: Pick<MyVote, 'counted' | 'voided'>): string {
  if (vote.voided) return '已作废';
  return vote.counted ? '已计入' : '待计入';
}

/** Who a vote went to: the candidate's name from the campaign's rules, or the id once the rules no longer name them. */
export const voteCandidateLabel = (vote: Pick<MyVote, 'candidate' | 'candidateName'>) => vote.candidateName ?? vote.candidate;

/** 点赞 for a like on the 劳模风采 microsite (a round of every published model worker), 投票 for any other vote. */
export const voteKindLabel = (vote: Pick<MyVote, 'like'>) => (vote.like ? '点赞' : '投票');

/** What a vote's title says after the campaign's: 为王进喜点赞 for a like, the candidate's name for a vote. */
export function voteTitle(vote: Pick<MyVote, 'candidate' | 'candidateName' | 'like'>): string {
  return vote.like ? `为${voteCandidateLabel(vote)}点赞` : voteCandidateLabel(vote);
}

/** What the consent purposes mean, in the words of the privacy page; an unknown purpose is shown as it is. */
const CONSENT_PURPOSES: Record<string, string> = { registration: '活动报名与联系', notifications: '接收活动通知' };
export const consentPurposeLabel = (purpose: string) => CONSENT_PURPOSES[purpose] ?? purpose;
