import { randomBytes } from 'node:crypto';

/** Valid data for each new content collection, unique per call, for the integration suite. */
const tag = () => randomBytes(3).toString('hex');

export const modelWorkerData = () => ({
  name: `测试劳模${tag()}`,
  gender: 'female' as const,
  employer: '苏州示例精密机械有限公司',
  position: '数控车工',
  industry: 'manufacturing' as const,
  district: 'wuzhong' as const,
  honors: [{ level: 'municipal' as const, title: '劳动模范', year: 2018 }],
  isEraCraftsman: false,
  quote: '把每一件小事做到极致。',
});

export const innovationStudioData = () => ({ name: `测试创新工作室${tag()}`, employer: '苏州示例精密机械有限公司', field: '数控加工', yearNamed: 2016 });

export const bookData = () => ({ title: `测试图书${tag()}`, author: '佚名', publisher: '示例出版社', isbn: '978-7-02-000220-7', category: 'skills' as const });

export const readingEventData = () => ({
  title: `测试读书分享会${tag()}`,
  startsAt: '2019-04-20T06:00:00.000Z',
  endsAt: '2019-04-20T08:00:00.000Z',
  place: '市职工书屋',
  capacity: 50,
  registration: { opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2019-04-19T00:00:00.000Z' },
});

export const storyCallData = () => ({ title: `测试故事征集${tag()}`, theme: '我的家规家训', opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2019-04-30T00:00:00.000Z' });

export const contestData = () => ({
  title: `测试歌手大赛${tag()}`,
  edition: 4,
  theme: '歌唱祖国',
  rounds: [
    { name: '初赛', startsAt: '2019-06-01T00:00:00.000Z', endsAt: '2019-06-05T00:00:00.000Z', judgeWeight: 70, publicWeight: 30 },
    { name: '决赛', startsAt: '2019-06-10T00:00:00.000Z', endsAt: '2019-06-10T12:00:00.000Z', judgeWeight: 60, publicWeight: 40 },
  ],
});

export const contestantData = (contest: number) => ({
  stageName: `测试选手${tag()}`,
  employer: '苏州示例公共交通有限公司',
  song: '我和我的祖国',
  mediaUrl: 'https://video.example.com/1',
  contest,
  roundStatus: 'preliminary' as const,
});

export const quizData = () => ({
  title: `测试安全知识竞答${tag()}`,
  opensAt: '2019-05-01T00:00:00.000Z',
  closesAt: '2019-05-31T00:00:00.000Z',
  questionsPerAttempt: 10,
  timeLimitSeconds: 600,
  attemptsPerDay: 3,
});

export const quizQuestionData = () => ({
  stem: `测试题目${tag()}：发现火灾应拨打哪个电话？`,
  options: [{ text: '110' }, { text: '119' }, { text: '120' }],
  correctAnswers: ['B' as const],
  explanation: '火警电话是 119。',
  category: 'fire' as const,
  difficulty: 'easy' as const,
});

export const enterpriseData = () => ({ name: `测试企业${tag()}`, district: 'sip' as const, headcount: 120 });

export const pageData = () => ({ title: `测试页面${tag()}`, slug: `page-${tag()}` });

export const newsData = () => ({ title: `测试新闻${tag()}`, slug: `news-${tag()}`, publishedAt: '2019-04-02T00:00:00.000Z', summary: '测试摘要' });

export const campaignData = () => ({
  title: `测试活动${tag()}`,
  slug: `campaign-${tag()}`,
  kind: 'reading-month' as const,
  startsAt: '2019-04-01T00:00:00.000Z',
  endsAt: '2019-04-30T15:59:59.000Z',
});
