import { describe, expect, it } from 'vitest';
import { DISTRICTS, GENDERS, HONOR_LEVELS, INDUSTRIES, optionLabel, optionValues } from './vocabulary.ts';

describe('model-worker vocabularies', () => {
  // The values are stored in the CMS's databases (and select enums in Postgres): changing one
  // here without a migration would orphan saved documents. Labels may change freely.
  it('keeps the stored values of every option list, in order', () => {
    expect(optionValues(HONOR_LEVELS)).toEqual(['national', 'provincial', 'municipal']);
    expect(optionValues(GENDERS)).toEqual(['male', 'female']);
    expect(optionValues(INDUSTRIES)).toEqual([
      'manufacturing',
      'electronics',
      'construction',
      'transport',
      'energy',
      'healthcare',
      'education',
      'textiles',
      'chemicals',
      'commerce',
      'public-service',
      'agriculture',
    ]);
    expect(optionValues(DISTRICTS)).toEqual(['gusu', 'huqiu', 'wuzhong', 'xiangcheng', 'wujiang', 'sip', 'changshu', 'zhangjiagang', 'kunshan', 'taicang']);
  });

  it('gives every option a distinct value and a distinct Chinese label', () => {
    for (const options of [HONOR_LEVELS, GENDERS, INDUSTRIES, DISTRICTS]) {
      expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
      expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
      for (const { label } of options) expect(label).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it('labels a value from its list, and falls back to the value itself for one the list lacks', () => {
    expect(optionLabel(DISTRICTS, 'sip')).toBe('苏州工业园区');
    expect(optionLabel(HONOR_LEVELS, 'provincial')).toBe('省');
    expect(optionLabel(INDUSTRIES, 'mining' as never)).toBe('mining');
  });
});
