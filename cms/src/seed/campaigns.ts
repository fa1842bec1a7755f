import type { CampaignKind, CandidateCollection } from '@union/schemas';
import { bulletList, heading, paragraph, richText } from './lexical.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The demo campaigns, from the federation's 2019 work report. People named in them are fictional. */
export interface SeedCampaign {
  slug: string;
  kind: CampaignKind;
  title: string;
  summary: string;
  /** Main colour of the generated cover. */
  colour: string;
  coverAlt: string;
  body: ReturnType<typeof richText>;
  /** Dates relative to the day the seed runs, so the demo always has running, upcoming and ended campaigns. */
  schedule: (now: Date) => {
    startsAt: Date;
    endsAt: Date | null;
    registration: { enabled: boolean; opensAt: Date | null; closesAt: Date | null; capacity?: number };
  };
  /** Vote quotas (likes for model workers, the public vote of the singer contest). */
  voting?: { perParticipantPerDay: number; perCandidatePerDay: number; perParticipantPerRound?: number };
  /** The demo voting round and its window in days around the seed. */
  votingRound?: {
    name: string;
    /** Seeded people of one collection (the first `limit`, or all), or every published model worker (likes). */
    candidates: { collection: CandidateCollection; limit?: number } | 'all-model-workers';
    opensDaysBefore: number;
    closesDaysAfter: number;
  };
}

// Whole hours read better in the admin than the seconds the seed happened to run at.
const at = (now: Date, offset: number) => new Date(Math.floor((now.getTime() + offset) / HOUR) * HOUR);

const fictionalNote = paragraph('注：文中人物均为示例，如有雷同纯属巧合。');

export const SEED_CAMPAIGNS: SeedCampaign[] = [
  {
    slug: 'model-workers-2019',
    // Likes (点赞): one per worker per day, and enough in a day to like every worker one reads about.
    voting: { perParticipantPerDay: 50, perCandidatePerDay: 1 },
    votingRound: { name: '劳模点赞', candidates: 'all-model-workers', opensDaysBefore: 7, closesDaysAfter: 365 },
    kind: 'model-workers',
    title: '劳模风采：致敬 297 名市劳动模范',
    summary:
      '2018 年，全市命名表彰 297 名市劳动模范。本专题集中展示劳模事迹、劳模创新工作室成果和“苏州时代工匠”风采，弘扬劳模精神、劳动精神和工匠精神。',
    colour: '#c8102e',
    coverAlt: '劳模风采专题封面：红色放射条纹与几何色块组成的抽象图案',
    body: richText(
      paragraph(
        '2018 年，市委、市政府命名表彰 ',
        { bold: '297 名市劳动模范' },
        '。他们来自生产一线、科研院所和基层服务岗位，用实干和创新诠释了新时代的劳模精神。',
      ),
      heading('榜样就在身边'),
      paragraph(
        '在一家精密机械企业的数控车间里，班组长陈立新带领 12 名组员，三年完成工艺改进 40 余项，把关键零件的加工合格率从 96% 提高到 99.6%。他常说：“把每一件小事做到极致，就是不平凡。”',
      ),
      heading('劳模创新工作室'),
      paragraph(
        '劳模创新工作室是劳模带徒传技、攻关创新的平台。工作室围绕企业生产难题开展技术攻关、技能培训和成果推广，让“一个人的绝活”变成“一群人的本领”。',
      ),
      bulletList([
        ['劳模事迹展：线上线下同步展示劳模先进事迹'],
        ['劳模进企业宣讲：劳模走进车间、工地和窗口单位讲述奋斗故事'],
        ['创新工作室开放日：职工可预约参观，现场交流技术革新经验'],
      ]),
      heading('苏州时代工匠'),
      paragraph(
        '“苏州时代工匠”选树活动面向全市产业工人，发现和宣传技艺精湛、勇于创新的高技能人才，推动形成崇尚技能、尊重劳动的社会风尚。',
      ),
      fictionalNote,
    ),
    schedule: (now) => ({
      startsAt: at(now, -10 * DAY),
      endsAt: at(now, 60 * DAY),
      registration: { enabled: false, opensAt: null, closesAt: null },
    }),
  },
  {
    slug: 'reading-month-2019',
    kind: 'reading-month',
    title: '第十届职工读书月',
    summary:
      '第十届职工读书月发布推荐书目，举办读书分享会和名家讲座，开展“我的家规家训”故事征集。欢迎全市职工报名参加读书分享活动。',
    colour: '#1b6ca8',
    coverAlt: '职工读书月专题封面：蓝色书脊般的竖条与圆点组成的抽象图案',
    body: richText(
      paragraph('书香润心，阅读致远。', { bold: '第十届职工读书月' }, '邀请全市职工在工作之余多读书、读好书，共建书香企业、书香家庭。'),
      heading('推荐书目'),
      paragraph('读书月推荐书目分为“时代精神”“技能提升”“家庭生活”三个类别，由职工书屋管理员和读者代表共同推选。'),
      bulletList([
        [{ bold: '时代精神：' }, '记录改革开放和劳模奋斗历程的纪实作品'],
        [{ bold: '技能提升：' }, '面向一线岗位的技术读物和职业技能书籍'],
        [{ bold: '家庭生活：' }, '亲子共读、健康生活和家庭教育类图书'],
      ]),
      heading('读书活动'),
      paragraph('读书月期间，各级工会职工书屋将举办读书分享会、名家讲座和好书交换活动。报名参加读书分享会的职工将收到活动时间和地点的通知。'),
      heading('“我的家规家训”故事征集'),
      paragraph(
        '好家风是最好的传家宝。读书月面向全市职工征集“我的家规家训”故事，讲述一条家规、一句家训背后的家庭故事。来自纺织企业的职工李秀梅写道：“母亲常说‘做事先做人’，这句话我讲给了女儿，也讲给了我带的徒弟。”',
      ),
      fictionalNote,
    ),
    schedule: (now) => ({
      startsAt: at(now, -5 * DAY),
      endsAt: at(now, 25 * DAY),
      registration: { enabled: true, opensAt: at(now, -5 * DAY), closesAt: at(now, 20 * DAY), capacity: 500 },
    }),
  },
  {
    slug: 'singer-contest-2019',
    voting: { perParticipantPerDay: 10, perCandidatePerDay: 1, perParticipantPerRound: 50 },
    votingRound: { name: '决赛大众投票', candidates: { collection: 'contestants' }, opensDaysBefore: 1, closesDaysAfter: 3 * 365 },
    kind: 'singer-contest',
    title: '第四届职工歌手大赛：歌唱祖国',
    summary:
      '第四届职工歌手大赛以“歌唱祖国”为主题，用歌声赞美伟大祖国、讴歌新时代。比赛设独唱和组合两个类别，现已开放报名，欢迎热爱唱歌的职工参加。',
    colour: '#7b3fa0',
    coverAlt: '职工歌手大赛专题封面：紫色声波般的圆环与光点组成的抽象图案',
    body: richText(
      paragraph('唱响主旋律，礼赞新时代。', { bold: '第四届职工歌手大赛' }, '以“歌唱祖国”为主题，邀请全市职工用歌声表达对祖国的热爱。'),
      heading('参赛对象'),
      paragraph('全市各级工会会员均可报名，个人或 2 至 6 人组合参赛，每位职工限报一个节目。'),
      heading('赛程安排'),
      bulletList([
        [{ bold: '报名：' }, '在线报名，填写姓名、手机号和工作单位'],
        [{ bold: '初赛：' }, '各产业工会和区工会组织初赛，选拔优秀选手'],
        [{ bold: '决赛：' }, '决赛现场演唱，评出一、二、三等奖和优秀奖'],
      ]),
      heading('曲目要求'),
      paragraph('参赛曲目应积极向上，以赞美祖国、讴歌劳动、抒发奋斗情怀为主，可选择经典歌曲或原创作品，时长不超过 5 分钟。'),
      paragraph('去年的参赛选手、地铁运营公司的值班站长赵一鸣说：“站在舞台上唱给工友们听，比什么都开心。”'),
      fictionalNote,
    ),
    schedule: (now) => ({
      startsAt: at(now, 21 * DAY),
      endsAt: at(now, 35 * DAY),
      registration: { enabled: true, opensAt: at(now, -2 * DAY), closesAt: at(now, 14 * DAY) },
    }),
  },
  {
    slug: 'ankang-cup-2019',
    kind: 'ankang-cup',
    title: '安康杯竞赛：133 万名职工共筑安全防线',
    summary:
      '“安康杯”竞赛以安全生产和职业健康为主题，全市 133 万名职工参与。活动包括安全知识竞答、隐患随手拍等，推动企业落实安全生产责任。',
    colour: '#2e8b57',
    coverAlt: '安康杯竞赛专题封面：绿色六边形网格与盾形色块组成的抽象图案',
    body: richText(
      paragraph('安全是最大的效益，健康是最好的福利。本届', { bold: '“安康杯”竞赛' }, '吸引全市 ', { bold: '133 万名职工' }, '参与。'),
      heading('安全知识竞答'),
      paragraph('竞答题目覆盖安全生产法律法规、岗位操作规程、应急处置和职业病防护等内容，职工可随时参与，边答题边学习。'),
      heading('隐患随手拍'),
      paragraph('职工用手机拍下身边的安全隐患并上传，企业安全管理人员及时核实整改。一线职工是发现隐患的“千里眼”，也是消除隐患的第一道防线。'),
      bulletList([
        ['拍下隐患：注明地点和隐患情况'],
        ['企业整改：安全管理人员核实后限期整改'],
        ['公示结果：整改情况在班组和车间公示'],
      ]),
      heading('竞赛成效'),
      paragraph('一家化工企业的安全员周海涛说：“隐患随手拍让大家都成了安全员，车间的隐患比以前少多了。”'),
      fictionalNote,
    ),
    schedule: (now) => ({
      startsAt: at(now, -120 * DAY),
      endsAt: at(now, -10 * DAY),
      registration: { enabled: true, opensAt: at(now, -120 * DAY), closesAt: at(now, -30 * DAY) },
    }),
  },
];
