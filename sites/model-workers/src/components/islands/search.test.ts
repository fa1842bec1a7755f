import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, type SearchResult } from '../../lib/search/query.ts';
import { SEARCH_UNAVAILABLE } from '../../lib/search/client.ts';
import { highlight, isSearchable, queryTerms, readQuery, snippetOf, statusText, urlWithQuery, type Segment } from './search.ts';

const plain = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

const result = (overrides: Partial<SearchResult> = {}): SearchResult => ({
  url: '/model-workers/profiles/1/',
  name: '王建国',
  employer: '苏州示例重工有限公司',
  position: '电焊工',
  honors: ['全国五一劳动奖章', '市劳动模范'],
  score: 8,
  matchedIn: ['position'],
  ...overrides,
});

describe('the query in the address', () => {
  it('reads ?q= as typed, trimmed, and nothing when it is missing', () => {
    expect(readQuery('?q=%E7%84%8A%E5%B7%A5')).toBe('焊工');
    expect(readQuery('?q=+焊工+&page=2')).toBe('焊工');
    expect(readQuery('?page=2')).toBe('');
    expect(readQuery('')).toBe('');
  });

  it('sets ?q= to the trimmed query and keeps the path, other parameters and the hash', () => {
    const url = urlWithQuery('http://localhost:5701/model-workers/search/?from=home#results', '  焊工 ');
    expect(url).toBe('/model-workers/search/?from=home&q=%E7%84%8A%E5%B7%A5#results');
    expect(readQuery(new URL(url, 'http://localhost').search)).toBe('焊工');
  });

  it('replaces an earlier query, and drops ?q= when the field is cleared', () => {
    expect(urlWithQuery('/model-workers/search/?q=%E7%84%8A', '焊工 技师')).toBe('/model-workers/search/?q=%E7%84%8A%E5%B7%A5+%E6%8A%80%E5%B8%88');
    expect(urlWithQuery('/model-workers/search/?q=%E7%84%8A', '   ')).toBe('/model-workers/search/');
  });
});

describe('what a query looks for', () => {
  it('needs a letter or digit: one character is enough, punctuation alone is not', () => {
    expect(isSearchable('焊')).toBe(true);
    expect(isSearchable('焊工')).toBe(true);
    expect(isSearchable(' ，。！ ')).toBe(false);
    expect(isSearchable('')).toBe(false);
  });

  it('splits at spaces and punctuation and folds as the index does', () => {
    expect(queryTerms('焊工，技师')).toEqual(['焊工', '技师']);
    expect(queryTerms('ＤＣＳ')).toEqual(['dcs']);
  });
});

describe('highlight', () => {
  it('marks every occurrence of each term and keeps the rest as it is', () => {
    expect(plain(highlight('电焊工，焊工技师', ['焊工']))).toBe('电[焊工]，[焊工]技师');
    expect(plain(highlight('焊工技师', ['焊工', '技师']))).toBe('[焊工技师]');
    expect(plain(highlight('陈立新', ['焊工']))).toBe('陈立新');
  });

  it('matches folded text but shows it as written: dcs marks ＤＣＳ and DCS', () => {
    expect(plain(highlight('ＤＣＳ控制系统与DCS', queryTerms('dcs')))).toBe('[ＤＣＳ]控制系统与[DCS]');
  });

  it('maps a fold that changes length back to the character it came from', () => {
    // ㈱ folds to (株), three units for one character.
    expect(plain(highlight('㈱苏州', queryTerms('苏州')))).toBe('㈱[苏州]');
    expect(plain(highlight('㈱苏州', queryTerms('株')))).toBe('[㈱]苏州');
  });

  it('keeps markup in names as text, to be rendered as text nodes', () => {
    const segments = highlight('<img src=x onerror=alert(1)>王', ['王']);
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: '王', mark: true },
    ]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(plain(highlight('𠮷田焊工', ['焊工']))).toBe('𠮷田[焊工]');
  });
});

describe('the snippet under a result', () => {
  it('shows the position with the query marked', () => {
    expect(plain(snippetOf(result(), '焊工'))).toBe('电[焊工]');
  });

  it('shows only the honors that match when the query is an honor', () => {
    expect(plain(snippetOf(result({ matchedIn: ['honors'] }), '五一'))).toBe('全国[五一]劳动奖章');
  });

  it('names the terms found only in the biography, which the browser does not have', () => {
    expect(plain(snippetOf(result({ matchedIn: ['position', 'biography'] }), '焊工 技师'))).toBe('电[焊工]；简介中提到「[技师]」');
    expect(plain(snippetOf(result({ position: '', honors: [], matchedIn: ['biography'] }), '倒装'))).toBe('简介中提到「[倒装]」');
  });

  it('shows the position when the name or employer matched', () => {
    expect(plain(snippetOf(result({ matchedIn: ['name'] }), '王建国'))).toBe('电焊工');
  });
});

describe('the live region', () => {
  it('says nothing before a search, then loading, then how many were found', () => {
    expect(statusText({ kind: 'idle' })).toBe('');
    expect(statusText({ kind: 'loading', query: '焊工' })).toBe('正在搜索…');
    expect(statusText({ kind: 'done', query: ' 焊工 ', results: [result(), result()] })).toBe('找到 2 位与「焊工」相关的劳模');
  });

  it('gives the empty state and the error in Chinese', () => {
    expect(statusText({ kind: 'done', query: '宇航员', results: [] })).toBe('没有找到与「宇航员」相关的劳模');
    expect(statusText({ kind: 'error', query: '焊工', message: SEARCH_UNAVAILABLE })).toBe(SEARCH_UNAVAILABLE);
  });

  it('quotes a very long query only as far as the search reads it', () => {
    const text = statusText({ kind: 'done', query: '焊'.repeat(MAX_QUERY_CHARS + 10), results: [] });
    expect(text).toBe(`没有找到与「${'焊'.repeat(MAX_QUERY_CHARS)}…」相关的劳模`);
  });
});
