// Fictional demo content: invented contest rules and contestants; any resemblance to real people is coincidental.
import type { ContestSeed, ContestantSeed } from './types.ts';

// The round windows sit inside the singer-contest campaign (starts +21 days, ends +35 days, registration −2..+14 days),
// so on the seed date every contestant is still 报名中.
export const singerContest: ContestSeed = {
  title: '第四届职工歌手大赛',
  edition: 4,
  theme: '歌唱祖国',
  rules: [
    '全市各级工会会员均可报名，可个人参赛，也可 2 至 6 人组合参赛，每位职工限报一个节目。',
    '参赛曲目应积极向上，以赞美祖国、讴歌劳动、抒发奋斗情怀为主，可选择经典歌曲或原创作品，时长不超过 5 分钟。',
    '初赛由评委和网络投票共同评分，评委占 70%、公众投票占 30%；复赛评委占 60%、公众投票占 40%；决赛评委与公众投票各占 50%。',
    '公众投票每人每天限投一次，发现刷票行为的，取消相应选手的投票成绩。',
    '决赛评出一等奖、二等奖、三等奖和优秀奖，获奖名单在本站公示 5 个工作日。',
  ],
  rounds: [
    { name: '初赛', startDayOffset: 21, endDayOffset: 23, judgeWeight: 70, publicWeight: 30 },
    { name: '复赛', startDayOffset: 27, endDayOffset: 28, judgeWeight: 60, publicWeight: 40 },
    { name: '决赛', startDayOffset: 34, endDayOffset: 35, judgeWeight: 50, publicWeight: 50 },
  ],
};

export const contestants: ContestantSeed[] = [
  { stageName: '李嘉怡', employer: '苏州示例微电子科技有限公司', song: '我和我的祖国', roundStatus: '报名中' },
  { stageName: '王振宇', employer: '苏州示例精密机械有限公司', song: '我爱你中国', roundStatus: '报名中' },
  { stageName: '港湾之声组合', employer: '太仓示例港口物流有限公司', song: '歌唱祖国', roundStatus: '报名中' },
  { stageName: '陈思雨', employer: '苏州示例人民医院', song: '追寻', roundStatus: '报名中' },
  { stageName: '张宏亮', employer: '苏州示例公共交通有限公司', song: '在希望的田野上', roundStatus: '报名中' },
  { stageName: '刘晓婷', employer: '昆山示例电子有限公司', song: '我的祖国', roundStatus: '报名中' },
  { stageName: '赵一鸣', employer: '苏州示例轨道交通运营有限公司', song: '长江之歌', roundStatus: '报名中' },
  { stageName: '孙悦', employer: '吴江示例丝绸织造有限公司', song: '太湖美', roundStatus: '报名中' },
  { stageName: '周子豪', employer: '苏州示例供电服务有限公司', song: '祖国不会忘记', roundStatus: '报名中' },
  { stageName: '吴佳琪', employer: '常熟示例服装有限公司', song: '春天的故事', roundStatus: '报名中' },
  { stageName: '电力先锋组合', employer: '苏州示例供电服务有限公司', song: '走进新时代', roundStatus: '报名中' },
  { stageName: '郑雨萱', employer: '苏州工业园区示例实验学校', song: '今天是你的生日', roundStatus: '报名中' },
  { stageName: '黄志鹏', employer: '张家港示例化工有限公司', song: '我的中国心', roundStatus: '报名中' },
  { stageName: '徐静怡', employer: '苏州示例商贸有限公司', song: '天路', roundStatus: '报名中' },
  { stageName: '马浩然', employer: '苏州示例建设工程集团有限公司', song: '众人划桨开大船', roundStatus: '报名中' },
  { stageName: '朱晨曦', employer: '苏州示例智能装备有限公司', song: '不忘初心', roundStatus: '报名中' },
  { stageName: '白衣天使组合', employer: '苏州示例人民医院', song: '绒花', roundStatus: '报名中' },
  { stageName: '何俊杰', employer: '昆山示例电子有限公司', song: '少年壮志不言愁', roundStatus: '报名中' },
  { stageName: '林婉清', employer: '苏州示例刺绣工艺品有限公司', song: '茉莉花', roundStatus: '报名中' },
  { stageName: '高晓峰', employer: '太仓示例港口物流有限公司', song: '我们是黄河泰山', roundStatus: '报名中' },
  { stageName: '罗诗涵', employer: '吴中区示例小学', song: '映山红', roundStatus: '报名中' },
  { stageName: '梁文博', employer: '苏州示例微电子科技有限公司', song: '红旗飘飘', roundStatus: '报名中' },
  { stageName: '宋雅婷', employer: '常熟示例妇幼保健院', song: '英雄赞歌', roundStatus: '报名中' },
  { stageName: '韩子轩', employer: '苏州示例半导体有限公司', song: '共和国之恋', roundStatus: '报名中' },
  { stageName: '唐欣然', employer: '苏州市示例便民服务中心', song: '最美的歌儿唱给妈妈', roundStatus: '报名中' },
  { stageName: '冯建军', employer: '张家港示例重工机械有限公司', song: '江山', roundStatus: '报名中' },
  { stageName: '织女之声组合', employer: '吴江示例丝绸织造有限公司', song: '在希望的田野上', roundStatus: '报名中' },
  { stageName: '曹梦瑶', employer: '相城区示例中学', song: '我爱你中国', roundStatus: '报名中' },
  { stageName: '袁博文', employer: '苏州示例公共交通有限公司', song: '大中国', roundStatus: '报名中' },
  { stageName: '邓佳慧', employer: '苏州示例商贸有限公司', song: '我和我的祖国', roundStatus: '报名中' },
];
