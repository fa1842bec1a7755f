import { describe, expect, it } from 'vitest';
import { candidateIdOf, openVotingRound, votingRoundState } from './candidates.ts';
import { candidateId } from './campaign.ts';

describe('candidateIdOf', () => {
  it('names a candidate by collection and id, in the shape the API accepts', () => {
    expect(candidateIdOf('contestants', 12)).toBe('contestants-12');
    expect(candidateIdOf('model-workers', '7')).toBe('model-workers-7');
    expect(candidateId.safeParse(candidateIdOf('model-workers', 7)).success).toBe(true);
  });
});

describe('votingRoundState', () => {
  const round = { opensAt: '2019-06-01T00:00:00+08:00', closesAt: '2019-06-10T00:00:00+08:00' };
  it('is upcoming before the opening, open from it, and closed from the closing instant on', () => {
    expect(votingRoundState(round, new Date('2019-05-31T23:59:59+08:00'))).toBe('upcoming');
    expect(votingRoundState(round, new Date('2019-06-01T00:00:00+08:00'))).toBe('open');
    expect(votingRoundState(round, new Date('2019-06-09T23:59:59+08:00'))).toBe('open');
    expect(votingRoundState(round, new Date('2019-06-10T00:00:00+08:00'))).toBe('closed');
  });
});

describe('openVotingRound', () => {
  const first = { id: 'a', opensAt: '2019-06-01T00:00:00Z', closesAt: '2019-06-05T00:00:00Z' };
  const second = { id: 'b', opensAt: '2019-06-05T00:00:00Z', closesAt: '2019-06-10T00:00:00Z' };
  it('finds the round taking votes, or none between and after rounds', () => {
    expect(openVotingRound([first, second], new Date('2019-06-02T00:00:00Z'))).toBe(first);
    expect(openVotingRound([first, second], new Date('2019-06-07T00:00:00Z'))).toBe(second);
    expect(openVotingRound([first, second], new Date('2019-06-11T00:00:00Z'))).toBeNull();
    expect(openVotingRound([], new Date('2019-06-02T00:00:00Z'))).toBeNull();
  });
});
