import { describe, expect, it } from 'vitest';
import { candidateIdOf, nextVotingRound, openVotingRound } from './candidates.ts';
import { candidateId } from './campaign.ts';

describe('candidateIdOf', () => {
  it('names a candidate by collection and id, in the shape the API accepts', () => {
    expect(candidateIdOf('contestants', 12)).toBe('contestants-12');
    expect(candidateIdOf('model-workers', '7')).toBe('model-workers-7');
    expect(candidateId.safeParse(candidateIdOf('model-workers', 7)).success).toBe(true);
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

  it('hands over exactly at the closing instant, which belongs to the next round', () => {
    expect(openVotingRound([first, second], new Date('2019-06-05T00:00:00Z'))).toBe(second);
  });
});

describe('nextVotingRound', () => {
  const later = { id: 'c', opensAt: '2019-07-01T00:00:00Z', closesAt: '2019-07-10T00:00:00Z' };
  const sooner = { id: 'd', opensAt: '2019-06-20T00:00:00Z', closesAt: '2019-06-25T00:00:00Z' };
  it('finds the soonest round still to open, whatever the order editors listed them in', () => {
    expect(nextVotingRound([later, sooner], new Date('2019-06-11T00:00:00Z'))).toBe(sooner);
    expect(nextVotingRound([later, sooner], new Date('2019-06-21T00:00:00Z'))).toBe(later);
    expect(nextVotingRound([later, sooner], new Date('2019-07-02T00:00:00Z'))).toBeNull();
  });
});
