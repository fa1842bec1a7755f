// Fictional demo content: invented reading-month events; places, speakers and links are placeholders.
import type { ReadingEventSeed } from './types.ts';

export const readingEvents: ReadingEventSeed[] = [
  {
    title: '第十届职工读书月启动仪式暨好书推荐会',
    dayOffset: -5,
    durationHours: 2,
    place: '市职工文化中心一楼报告厅',
    onlineUrl: 'https://example.org/live/reading-month-opening',
    capacity: 300,
    description: [
      '读书月启动仪式现场发布本届职工读书推荐书目，职工书屋管理员代表介绍“时代精神”“技能提升”“家庭生活”等类别的推荐理由。',
      '现场设好书交换角，职工可带一本闲置好书换回一本想读的书。无法到场的职工可通过线上直播观看。',
    ],
  },
  {
    title: '劳模读书分享会：一本书与我的岗位',
    dayOffset: 3,
    durationHours: 2,
    place: '苏州示例精密机械有限公司职工书屋',
    capacity: 60,
    description: [
      '邀请数控车间班组长陈立新等劳模代表，分享一本影响自己工作的书，以及读书对技术攻关和带徒传技的帮助。',
      '分享结束后开展自由交流，欢迎职工带上自己的读书笔记参加。',
    ],
  },
  {
    title: '线上读书沙龙：《平凡的世界》里的奋斗者',
    dayOffset: 8,
    durationHours: 1.5,
    onlineUrl: 'https://example.org/live/reading-salon-ordinary-world',
    capacity: 200,
    description: [
      '围绕路遥的长篇小说《平凡的世界》，由职工书屋读书会的领读人带领大家讨论孙少平、孙少安兄弟身上的奋斗精神。',
      '活动全程线上进行，报名后将收到参会链接，可在评论区发言交流。',
    ],
  },
  {
    title: '亲子共读会：家风故事我来讲',
    dayOffset: 13,
    durationHours: 2,
    place: '姑苏区示例街道职工之家',
    capacity: 40,
    description: [
      '职工带孩子一起参加，共读家风家训主题绘本和经典故事，孩子们用画笔画出自己家的一条家规。',
      '活动现场同步介绍“我的家规家训”故事征集，欢迎亲子合作投稿。',
    ],
  },
  {
    title: '技能书籍导读：精益生产入门',
    dayOffset: 18,
    durationHours: 3,
    place: '昆山示例电子有限公司培训中心',
    onlineUrl: 'https://example.org/live/lean-reading',
    capacity: 120,
    description: [
      '结合《精益思想》《丰田生产方式》两本书，由企业精益推进办公室的工程师讲解价值流、拉动生产和现场改善的基本方法。',
      '现场设置案例讨论环节，线上参与者可通过直播间提问。',
    ],
  },
  {
    title: '职工书屋开放日：读书月闭幕交流',
    dayOffset: 24,
    durationHours: 2.5,
    place: '市职工文化中心职工书屋',
    capacity: 80,
    description: [
      '读书月闭幕前的开放日，展示职工读书笔记和“我的家规家训”优秀故事，评选“书香班组”。',
      '职工书屋全天开放借阅，现场可办理借书证。',
    ],
  },
];
