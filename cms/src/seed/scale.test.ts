import { describe, expect, it } from 'vitest';
import { fictionalName, scalePeople, seededRandom } from './scale.ts';

describe('scalePeople', () => {
  it('produces the same people for the same seed', () => {
    expect(scalePeople(50, ['甲公司', '乙公司'], 7)).toEqual(scalePeople(50, ['甲公司', '乙公司'], 7));
  });

  it('never repeats a name and employer pair, even for thousands of people', () => {
    const people = scalePeople(2000, ['甲公司'], 42);
    expect(new Set(people.map((p) => `${p.name}|${p.employer}`)).size).toBe(2000);
  });
});

describe('fictionalName', () => {
  it('is two or three Chinese characters', () => {
    const rnd = seededRandom(1);
    for (let i = 0; i < 100; i += 1) expect(fictionalName(rnd)).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
  });
});
