import { describe, expect, it } from 'vitest';
import { districtField } from './district.ts';

describe('districtField', () => {
  it('offers the ten districts and county-level cities with Chinese labels', () => {
    const field = districtField();
    expect(field.name).toBe('district');
    expect(field.options.map((o) => (typeof o === 'string' ? o : o.label))).toEqual([
      '姑苏区',
      '虎丘区',
      '吴中区',
      '相城区',
      '吴江区',
      '苏州工业园区',
      '常熟市',
      '张家港市',
      '昆山市',
      '太仓市',
    ]);
  });

  it('takes overrides such as required', () => {
    expect(districtField({ required: true }).required).toBe(true);
    expect(districtField().required).toBeUndefined();
  });
});
