// The select options of the CMS's model-worker fields, with the Chinese labels the sites show.
// They mirror cms/src/collections/ModelWorkers and cms/src/fields/district.ts (sites may not
// import the CMS); the schemas below reject a value missing here, so a new option in the CMS
// fails the site build loudly instead of rendering a raw value.

/** Honor levels, highest first. */
export const HONOR_LEVELS = [
  { value: 'national', label: '全国' },
  { value: 'provincial', label: '省' },
  { value: 'municipal', label: '市' },
] as const;
export type HonorLevel = (typeof HONOR_LEVELS)[number]['value'];

export const INDUSTRIES = [
  { value: 'manufacturing', label: '制造业' },
  { value: 'electronics', label: '电子信息' },
  { value: 'construction', label: '建筑业' },
  { value: 'transport', label: '交通运输' },
  { value: 'energy', label: '电力能源' },
  { value: 'healthcare', label: '医疗卫生' },
  { value: 'education', label: '教育' },
  { value: 'textiles', label: '纺织服装' },
  { value: 'chemicals', label: '化工' },
  { value: 'commerce', label: '商贸服务' },
  { value: 'public-service', label: '公共管理' },
  { value: 'agriculture', label: '农业' },
] as const;
export type Industry = (typeof INDUSTRIES)[number]['value'];

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

type Option = { readonly value: string; readonly label: string };

/** The values of an option list, as the tuple `z.enum` needs. */
export function optionValues<T extends readonly Option[]>(options: T): [T[number]['value'], ...T[number]['value'][]] {
  return options.map((option) => option.value) as [T[number]['value'], ...T[number]['value'][]];
}

/** The Chinese label of an option value, or the value itself when the list lacks it. */
export function optionLabel<T extends readonly Option[]>(options: T, value: T[number]['value']): string {
  return options.find((option) => option.value === value)?.label ?? value;
}
