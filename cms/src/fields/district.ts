import type { SelectField } from 'payload';

/** The city's districts and county-level cities, as the federation's district unions are organised. */
export const DISTRICTS = [
  { value: 'gusu', label: '姑苏区' },
  { value: 'huqiu', label: '虎丘区' },
  { value: 'wuzhong', label: '吴中区' },
  { value: 'xiangcheng', label: '相城区' },
  { value: 'wujiang', label: '吴江区' },
  { value: 'sip', label: '苏州工业园区' },
  { value: 'changshu', label: '常熟市' },
  { value: 'zhangjiagang', label: '张家港市' },
  { value: 'kunshan', label: '昆山市' },
  { value: 'taicang', label: '太仓市' },
] as const;
export type District = (typeof DISTRICTS)[number]['value'];

/** A select of the city's districts. */
export function districtField(overrides: Partial<Pick<SelectField, 'required' | 'admin'>> = {}): SelectField {
  return {
    name: 'district',
    type: 'select',
    label: '所在地区',
    options: DISTRICTS.map(({ value, label }) => ({ value, label })),
    ...overrides,
  };
}
