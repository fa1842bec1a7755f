import { describe, expect, it } from 'vitest';
import { campaignRounds } from './campaigns.ts';

describe('campaignRounds', () => {
  it('reads the rounds of a campaign document, naming a nameless round by its id', () => {
    expect(campaignRounds({ voting: { rounds: [{ id: 'r1', name: '初赛', opensAt: 'x' }, { id: 'r2', name: null }] } })).toEqual([
      { id: 'r1', name: '初赛' },
      { id: 'r2', name: 'r2' },
    ]);
  });

  it('counts anything else as no rounds', () => {
    expect(campaignRounds({ voting: { enabled: true } })).toEqual([]);
    expect(campaignRounds({ voting: { rounds: [{ name: '没有编号' }] } })).toEqual([]);
    expect(campaignRounds(null)).toEqual([]);
  });
});
