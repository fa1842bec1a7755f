import { describe, expect, it } from 'vitest';
import { recordedWorkers, studio, worker } from './fixtures/workers.ts';
import {
  biographyText,
  displayName,
  eraCraftsmenByYear,
  honorLabel,
  honorSummary,
  honorTimeline,
  monogram,
  profileDescription,
  studioLead,
  studiosByLead,
} from './profile.ts';
import { createRoutes } from './routes.ts';

const routes = createRoutes('/model-workers');
const wang = () => recordedWorkers().find((w) => w.name === '王建国')!;
const paragraph = (text: string) => ({ type: 'paragraph', children: text ? [{ type: 'text', text }] : [] });
const lexical = (...texts: string[]) => ({ root: { type: 'root', children: texts.map(paragraph) } });

describe('honorTimeline', () => {
  it('groups honors by year, oldest first, with 苏州时代工匠 as a municipal honor of its year', () => {
    expect(honorTimeline(wang())).toEqual([
      { year: 2014, honors: [{ level: 'provincial', levelLabel: '省', title: '技术能手', label: '省技术能手' }] },
      { year: 2018, honors: [{ level: 'municipal', levelLabel: '市', title: '劳动模范', label: '市劳动模范' }] },
      {
        year: 2019,
        honors: [
          { level: 'national', levelLabel: '全国', title: '五一劳动奖章', label: '全国五一劳动奖章' },
          { level: 'municipal', levelLabel: '市', title: '苏州时代工匠', label: '苏州时代工匠' },
        ],
      },
    ]);
  });

  it('puts a craftsman saved without a year last, and does not repeat one an editor also entered as an honor', () => {
    const noYear = worker({ id: 1, name: '甲', isEraCraftsman: true, craftsmanYear: null });
    expect(honorTimeline(noYear).map((y) => y.year)).toEqual([2018, null]);
    const both = worker({
      id: 2,
      name: '乙',
      honors: [{ level: 'municipal', title: '苏州时代工匠', year: 2019 }],
      isEraCraftsman: true,
      craftsmanYear: 2019,
    });
    expect(honorTimeline(both)).toEqual([{ year: 2019, honors: [expect.objectContaining({ label: '苏州时代工匠' })] }]);
  });

  it('is empty for a worker with no honors', () => {
    expect(honorTimeline(worker({ id: 1, name: '丙', honors: [] }))).toEqual([]);
  });
});

describe('honorLabel and honorSummary', () => {
  it('reads the level before the title unless the title already names it', () => {
    expect(honorLabel({ level: 'national', title: '五一劳动奖章' })).toBe('全国五一劳动奖章');
    expect(honorLabel({ level: 'national', title: '全国劳动模范' })).toBe('全国劳动模范');
    expect(honorLabel({ level: 'municipal', title: '苏州时代工匠' })).toBe('苏州时代工匠');
  });

  it('names the highest and most recent honors first, at most three', () => {
    expect(honorSummary(wang())).toEqual(['全国五一劳动奖章', '省技术能手', '苏州时代工匠']);
    expect(honorSummary(wang(), 1)).toEqual(['全国五一劳动奖章']);
  });
});

describe('displayName and monogram', () => {
  it('keeps a short name whole', () => {
    expect(displayName('王建国')).toEqual({ full: '王建国', short: '王建国', long: false });
  });

  it('shortens a very long name on cards without cutting a character, and flags it for smaller type', () => {
    const name = '阿卜杜热合曼·买买提艾力·示例尔肯江';
    const shown = displayName(name, 12);
    expect(shown.full).toBe(name);
    expect(shown.short).toBe('阿卜杜热合曼·买买提艾…');
    expect([...shown.short]).toHaveLength(12);
    expect(shown.long).toBe(true);
  });

  it('takes the first character of a name, even one outside the basic plane', () => {
    expect(monogram('王建国')).toBe('王');
    expect(monogram('𠮷田')).toBe('𠮷');
    expect(monogram('  ')).toBe('');
  });
});

describe('profileDescription', () => {
  it('prefers the worker’s own words', () => {
    expect(profileDescription(wang())).toBe('王建国：“焊缝就是良心，一道也不能马虎。”');
  });

  it('falls back to the start of the biography, clipped', () => {
    const description = profileDescription({ ...wang(), quote: '' }, 30);
    expect(description.startsWith('王建国是一名有 25 年焊龄的焊工')).toBe(true);
    expect([...description]).toHaveLength(30);
    expect(description.endsWith('…')).toBe(true);
  });

  it('says who they are when there is neither a quote nor a biography', () => {
    const bare = worker({ id: 1, name: '丁亚娟', employer: '吴江示例丝绸织造有限公司', biography: lexical('', '  ') });
    expect(biographyText(bare)).toBe('');
    expect(profileDescription(bare)).toBe('丁亚娟，吴江示例丝绸织造有限公司，市劳动模范。');
  });
});

describe('studios and their leads', () => {
  const workers = recordedWorkers();
  const published = new Set(workers.map((w) => String(w.id)));
  const led = studio({ id: 1, name: '陈立新劳模创新工作室', lead: { id: 1, name: '陈立新', portrait: 5 } });
  const unpublishedLead = studio({ id: 3, name: '示例工作室', lead: 77 });
  const noLead = studio({ id: 11, name: '示例电梯维保创新工作室', lead: null });

  it('links a studio to its lead’s profile', () => {
    expect(studioLead(led, published, routes)).toEqual({ name: '陈立新', href: '/model-workers/profiles/1/' });
  });

  it('names no lead when the lead was unpublished, never chosen, or is missing from this build', () => {
    expect(studioLead(unpublishedLead, published, routes)).toBeNull();
    expect(studioLead(noLead, published, routes)).toBeNull();
    expect(studioLead(studio({ id: 4, name: '丁', lead: { id: 404, name: '未发布' } }), published, routes)).toBeNull();
  });

  it('finds the studios a worker leads, by worker id', () => {
    const second = studio({ id: 12, name: '陈立新第二工作室', lead: { id: 1, name: '陈立新' } });
    const byLead = studiosByLead([led, unpublishedLead, noLead, second]);
    expect(byLead.get('1')!.map((s) => s.name)).toEqual(['陈立新劳模创新工作室', '陈立新第二工作室']);
    expect([...byLead.keys()]).toEqual(['1']);
  });
});

describe('eraCraftsmenByYear', () => {
  it('groups 苏州时代工匠 by year, newest first, names in pinyin order', () => {
    const groups = eraCraftsmenByYear(recordedWorkers());
    expect(groups.map((g) => [g.year, g.workers.map((w) => w.name)])).toEqual([
      [2019, ['宋卫东', '谭军', '王建国', '周敏']],
      [2018, ['陈立新', '夏天明']],
    ]);
  });
});
