import { errorEnvelope } from '@union/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { apiDouble } from '@union/ui/islands/api-double.ts';
import { consentPurposeLabel, deleteMine, loadMine, meUrl, registrationStatusLabel, voteCandidateLabel, voteKindLabel, voteStatusLabel, voteTitle } from './me.ts';

const registration = {
  campaign: 'reading-month-2019',
  status: 'waitlisted' as const,
  confirmationCode: 'ABCD2345',
  name: '周雨桐',
  workUnit: '苏州示例电子有限公司',
  phoneMasked: '139****5678',
  consents: [{ purpose: 'registration', version: '2026-01', at: '2026-12-02T04:00:00.000Z' }],
  registeredAt: '2026-12-02T04:00:00.000Z',
  waitlistPosition: 2,
};
const vote = {
  receipt: '0123456789abcdef0123456789abcdef',
  campaign: 'singer-contest-2019',
  round: 'r1',
  candidate: 'contestants-12',
  castAt: '2026-12-02T04:00:00.000Z',
  counted: true,
  roundName: '决赛',
  candidateName: '李晓雯',
  like: false,
};

describe('status labels', () => {
  it('reads a registration as 已报名, 候补第N位 or 已取消', () => {
    expect(registrationStatusLabel({ status: 'confirmed' })).toBe('已报名');
    expect(registrationStatusLabel({ status: 'waitlisted', waitlistPosition: 3 })).toBe('候补第3位');
    expect(registrationStatusLabel({ status: 'waitlisted', waitlistPosition: null })).toBe('候补');
    expect(registrationStatusLabel({ status: 'cancelled', waitlistPosition: 3 })).toBe('已取消');
  });

  it('reads a vote as 已计入, 待计入 or 已作废, voided winning over counted', () => {
    expect(voteStatusLabel({ counted: true })).toBe('已计入');
    expect(voteStatusLabel({ counted: false, voided: false })).toBe('待计入');
    expect(voteStatusLabel({ counted: true, voided: true })).toBe('已作废');
  });

  it('names who a vote went to, falling back to the id once the campaign\'s rules no longer name them', () => {
    expect(voteCandidateLabel(vote)).toBe('李晓雯');
    expect(voteCandidateLabel({ candidate: 'contestants-12', candidateName: null })).toBe('contestants-12');
    expect(voteTitle(vote)).toBe('李晓雯');
    expect(voteKindLabel(vote)).toBe('投票');
  });

  it('words a like on the 劳模风采 microsite as 点赞', () => {
    const like = { ...vote, candidate: 'model-workers-12', candidateName: '王进喜', like: true };
    expect(voteKindLabel(like)).toBe('点赞');
    expect(voteTitle(like)).toBe('为王进喜点赞');
    expect(voteTitle({ ...like, candidateName: null })).toBe('为model-workers-12点赞');
  });

  it('names the consent purposes in Chinese and shows an unknown one as it is', () => {
    expect(consentPurposeLabel('registration')).toBe('活动报名与联系');
    expect(consentPurposeLabel('something-new')).toBe('something-new');
  });
});

describe('GET and DELETE /v1/me', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('reads the records with the Bearer token, and deletes them the same way', async () => {
    const api = await apiDouble(({ method }) =>
      method === 'DELETE' ? { status: 200, body: { deleted: { registrations: 1, votesUnlinked: 1 } } } : { status: 200, body: { registrations: [registration], votes: [vote] } },
    );
    close = api.close;

    expect(await loadMine(api.apiBase, 'token-1')).toEqual({ kind: 'ok', data: { registrations: [registration], votes: [vote] } });
    expect(await deleteMine(api.apiBase, 'token-1')).toEqual({ kind: 'ok', data: { registrations: 1, votesUnlinked: 1 } });
    expect(api.seen.map((s) => [s.method, s.url, s.authorization])).toEqual([
      ['GET', '/v1/me', 'Bearer token-1'],
      ['DELETE', '/v1/me', 'Bearer token-1'],
    ]);
  });

  it('sends the person back to verify on a 401 and shows the API\'s message for other refusals', async () => {
    const api = await apiDouble(({ method }) =>
      method === 'DELETE' ? { status: 429, body: errorEnvelope('RATE_LIMITED') } : { status: 401, body: errorEnvelope('PARTICIPANT_REQUIRED') },
    );
    close = api.close;

    expect(await loadMine(api.apiBase, 'expired')).toEqual({ kind: 'unverified', message: errorEnvelope('PARTICIPANT_REQUIRED').error.message });
    expect(await deleteMine(api.apiBase, 'token-1')).toEqual({ kind: 'error', message: errorEnvelope('RATE_LIMITED').error.message });
  });

  it('does not show a body that is not the documented shape', async () => {
    const api = await apiDouble(() => ({ status: 200, body: { registrations: [{ ...registration, phone: '13912345678' }], votes: [] } }));
    close = api.close;
    expect(await loadMine(api.apiBase, 'token-1')).toMatchObject({ kind: 'error' });
  });

  it('takes votes whose campaign no longer names their round or candidate', async () => {
    const unnamed = { ...vote, roundName: null, candidateName: null };
    const api = await apiDouble(() => ({ status: 200, body: { registrations: [], votes: [unnamed] } }));
    close = api.close;
    expect(await loadMine(api.apiBase, 'token-1')).toEqual({ kind: 'ok', data: { registrations: [], votes: [unnamed] } });
  });

  it('builds the path on the API base', () => {
    expect(meUrl('https://api.example.org/')).toBe('https://api.example.org/v1/me');
    expect(meUrl('')).toBe('/v1/me');
  });
});
