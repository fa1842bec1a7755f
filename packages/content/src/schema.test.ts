import { describe, expect, it } from 'vitest';
import { campaignSchema } from './schema.ts';

const campaign = {
  id: 9,
  title: '第四届职工歌手大赛：歌唱祖国',
  slug: 'singer-contest-2019',
  kind: 'singer-contest',
  startsAt: '2019-06-01T00:00:00.000Z',
  registration: { enabled: false },
  updatedAt: '2019-05-01T00:00:00.000Z',
  voting: {
    enabled: true,
    requiresVerifiedParticipant: true,
    perParticipantPerDay: 10,
    perCandidatePerDay: 1,
    perParticipantPerRound: null,
    flagVotesPerMinute: 300,
    rounds: [
      {
        id: '6650f0c2a1b2c3d4e5f60718',
        name: '决赛大众投票',
        opensAt: '2019-06-01T00:00:00.000Z',
        closesAt: '2019-06-10T00:00:00.000Z',
        candidates: [
          { relationTo: 'contestants', value: { id: 12, stageName: '港湾之声组合', employer: '太仓示例港口物流有限公司', song: '歌唱祖国' } },
          // A draft the public may not read arrives unpopulated.
          { relationTo: 'contestants', value: 13 },
          { relationTo: 'model-workers', value: { id: 7, name: '陈立新', employer: '苏州示例精密机械有限公司' } },
        ],
      },
    ],
  },
};

describe('campaignSchema voting rounds', () => {
  it('keeps each round with its published candidates by API id and public name only', () => {
    const parsed = campaignSchema.parse(campaign);
    expect(parsed.voting?.rounds).toEqual([
      {
        id: '6650f0c2a1b2c3d4e5f60718',
        name: '决赛大众投票',
        opensAt: '2019-06-01T00:00:00.000Z',
        closesAt: '2019-06-10T00:00:00.000Z',
        candidateSource: 'selected',
        candidates: [
          { id: 'contestants-12', name: '港湾之声组合' },
          { id: 'model-workers-7', name: '陈立新' },
        ],
      },
    ]);
    expect(JSON.stringify(parsed)).not.toContain('示例');
  });

  it('gives the same result when Astro parses its own output again', () => {
    const once = campaignSchema.parse(campaign);
    expect(campaignSchema.parse(once)).toEqual(once);
  });

  it('reads a campaign saved before rounds existed as having none', () => {
    const { rounds: _rounds, ...voting } = campaign.voting;
    expect(campaignSchema.parse({ ...campaign, voting }).voting?.rounds).toEqual([]);
  });

  it('says when a round takes every published model worker, which the CMS does not list', () => {
    const likes = { id: '6650f0c2a1b2c3d4e5f60719', name: '劳模点赞', opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2020-04-01T00:00:00.000Z', candidateSource: 'all-model-workers', candidates: [] };
    const parsed = campaignSchema.parse({ ...campaign, kind: 'model-workers', voting: { ...campaign.voting, rounds: [likes] } });
    expect(parsed.voting?.rounds).toEqual([{ ...likes, candidateSource: 'all-model-workers', candidates: [] }]);
    expect(campaignSchema.parse(parsed)).toEqual(parsed);
  });

  it('reads a round saved before candidate sources existed as picked, and refuses an unknown source', () => {
    const [round] = campaign.voting.rounds;
    expect(campaignSchema.parse({ ...campaign, voting: { ...campaign.voting, rounds: [{ ...round, candidateSource: null }] } }).voting?.rounds[0]?.candidateSource).toBe('selected');
    expect(campaignSchema.safeParse({ ...campaign, voting: { ...campaign.voting, rounds: [{ ...round, candidateSource: 'everyone' }] } }).success).toBe(false);
  });
});
