// The select options of the CMS's model-worker and enterprise fields: the value stored in the
// databases and the Chinese label editors pick and the sites show. The CMS builds its selects
// from these lists and the content client validates against them, so a new option reaches both
// at once. A value is stored data: renaming one needs a migration, so values never change here.

/** One option of a select: the stored value and its Chinese label. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** Honor levels, highest first. */
export const HONOR_LEVELS = [
  { value: 'national', label: '全国' },
  { value: 'provincial', label: '省' },
  { value: 'municipal', label: '市' },
] as const satisfies readonly SelectOption[];
export type HonorLevel = (typeof HONOR_LEVELS)[number]['value'];

/** A model worker's gender: recorded in the CMS, never shown on the sites. */
export const GENDERS = [
  { value: 'male', label: '男' },
  { value: 'female', label: '女' },
] as const satisfies readonly SelectOption[];
export type Gender = (typeof GENDERS)[number]['value'];

/** The industries model workers are grouped by. */
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
] as const satisfies readonly SelectOption[];
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
] as const satisfies readonly SelectOption[];
export type District = (typeof DISTRICTS)[number]['value'];

/** The values of an option list, as the tuple `z.enum` needs. */
export function optionValues<T extends readonly SelectOption[]>(options: T): [T[number]['value'], ...T[number]['value'][]] {
  return options.map((option) => option.value) as [T[number]['value'], ...T[number]['value'][]];
}

/** The Chinese label of an option value, or the value itself when the list lacks it. */
export function optionLabel<T extends readonly SelectOption[]>(options: T, value: T[number]['value']): string {
  return options.find((option) => option.value === value)?.label ?? value;
}
