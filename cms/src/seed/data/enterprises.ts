// Fictional demo content: invented enterprises for the union campaign CMS; any resemblance to real companies is coincidental.
import type { EnterpriseSeed } from './types.ts';

export const enterprises: EnterpriseSeed[] = [
  { name: '苏州示例精密机械有限公司', district: '吴中区', headcount: 1260 },
  { name: '苏州示例微电子科技有限公司', district: '苏州工业园区', headcount: 3480 },
  { name: '吴江示例丝绸织造有限公司', district: '吴江区', headcount: 860 },
  { name: '苏州示例公共交通有限公司', district: '姑苏区', headcount: 6520 },
  { name: '苏州示例建设工程集团有限公司', district: '相城区', headcount: 2140 },
  { name: '常熟示例服装有限公司', district: '常熟市', headcount: 1530 },
  { name: '张家港示例化工有限公司', district: '张家港市', headcount: 980 },
  { name: '昆山示例电子有限公司', district: '昆山市', headcount: 5210 },
  { name: '太仓示例港口物流有限公司', district: '太仓市', headcount: 1350 },
  { name: '苏州示例供电服务有限公司', district: '虎丘区', headcount: 1820 },
  { name: '苏州示例商贸有限公司', district: '姑苏区', headcount: 640 },
  { name: '苏州示例智能装备有限公司', district: '虎丘区', headcount: 930 },
];
