/**
 * Deterministic bulk data for benchmarks (`npm run seed -- --scale`): fictional names composed
 * from common surnames and given-name characters, drawn with a fixed pseudo-random seed, so
 * every run (and every machine) produces the same people.
 */

import type { Gender } from '@union/schemas';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'];
const GIVEN_FIRST = [...'建晓志海文春秀丽国明永伟红玉立宏雪思嘉子佳俊新云家学金梦雨天亚振'];
const GIVEN_SECOND = [...'华平军英芳峰强敏静磊洋琳杰涛斌燕鹏宇婷超霞辉军刚浩娟颖凯欣晨阳'];
const SONGS = ['我和我的祖国', '歌唱祖国', '我的祖国', '在希望的田野上', '走进新时代', '我爱你中国', '天耀中华', '不忘初心', '少年', '追梦赤子心'];

/** mulberry32: tiny, fast and good enough for picking demo names. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

/** A fictional Chinese name: a surname and one or two given-name characters. */
export function fictionalName(rnd: () => number): string {
  const given = rnd() < 0.3 ? pick(rnd, GIVEN_SECOND) : pick(rnd, GIVEN_FIRST) + pick(rnd, GIVEN_SECOND);
  return pick(rnd, SURNAMES) + given;
}

export interface ScalePerson {
  name: string;
  employer: string;
  gender: Gender;
  /** Pseudo-random numbers in [0, 1) drawn for this person, for the caller's other choices. */
  draws: readonly [number, number, number];
}

/** The item of `list` a draw in [0, 1) lands on. */
export const choose = <T>(list: readonly T[], draw: number): T => list[Math.floor(draw * list.length)] as T;

/** `count` people with distinct name + employer pairs, always the same for the same seed. */
export function scalePeople(count: number, employers: readonly string[], seed: number): ScalePerson[] {
  const rnd = seededRandom(seed);
  const seen = new Set<string>();
  const people: ScalePerson[] = [];
  while (people.length < count) {
    const name = fictionalName(rnd);
    const employer = pick(rnd, employers);
    const key = `${name}|${employer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const gender: Gender = rnd() < 0.5 ? 'male' : 'female';
    people.push({ name, employer, gender, draws: [rnd(), rnd(), rnd()] });
  }
  return people;
}

/** A song for a scale contestant. */
export const scaleSong = (person: ScalePerson) => choose(SONGS, person.draws[0]);
