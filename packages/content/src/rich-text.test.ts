import { describe, expect, it } from 'vitest';
import { collectImageUploads, renderRichText, richTextToPlainText, safeHref } from './rich-text.ts';

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 });
const root = (...children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } });
const link = (url: string, extra: Record<string, unknown> = {}) => ({
  type: 'link',
  version: 3,
  fields: { url, newTab: false, linkType: 'custom', ...extra },
  children: [text('点此')],
});
const listItem = (...children: unknown[]) => ({ type: 'listitem', value: 1, children, version: 1 });
const list = (listType: 'bullet' | 'number', ...children: unknown[]) => ({
  type: 'list',
  listType,
  tag: listType === 'bullet' ? 'ul' : 'ol',
  start: 1,
  children,
  version: 1,
});
const image = { url: 'http://cms.test/api/media/file/a.jpg', alt: '会场', width: 1200, height: 800, mimeType: 'image/jpeg' };

describe('renderRichText', () => {
  it('renders paragraphs, line breaks and horizontal rules', () => {
    expect(renderRichText(root(paragraph(text('第一行'), { type: 'linebreak' }, text('第二行')), { type: 'horizontalrule' }))).toBe(
      '<p>第一行<br>第二行</p><hr>',
    );
  });

  it('renders each text format flag and their combinations', () => {
    expect(renderRichText(paragraph(text('粗', 1)))).toBe('<p><strong>粗</strong></p>');
    expect(renderRichText(paragraph(text('斜', 2)))).toBe('<p><em>斜</em></p>');
    expect(renderRichText(paragraph(text('删', 4)))).toBe('<p><s>删</s></p>');
    expect(renderRichText(paragraph(text('下', 8)))).toBe('<p><u>下</u></p>');
    expect(renderRichText(paragraph(text('x', 16)))).toBe('<p><code>x</code></p>');
    expect(renderRichText(paragraph(text('全', 1 | 2 | 4 | 8 | 16)))).toBe('<p><strong><em><u><s><code>全</code></s></u></em></strong></p>');
  });

  it('keeps h2 to h4, demotes h1 to h2 and clamps h5 and h6 to h4', () => {
    const heading = (tag: string) => ({ type: 'heading', tag, children: [text(tag)] });
    expect(renderRichText(root(heading('h1'), heading('h2'), heading('h3'), heading('h4'), heading('h6')))).toBe(
      '<h2>h1</h2><h2>h2</h2><h3>h3</h3><h4>h4</h4><h4>h6</h4>',
    );
  });

  it('escapes script tags in text', () => {
    const html = renderRichText(paragraph(text('<script>alert("x")</script> & more')));
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</p>');
    expect(html).not.toContain('<script');
  });

  it('escapes quotes in attributes so they cannot break out', () => {
    const html = renderRichText(paragraph(link('https://example.org/?q="><img src=x onerror=alert(1)>')));
    expect(html).toBe('<p><a href="https://example.org/?q=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" rel="noopener">点此</a></p>');
    const alt = renderRichText({ type: 'upload', value: { ...image, alt: `"' onload="alert(1)` } });
    expect(alt).toContain('alt="&quot;&#39; onload=&quot;alert(1)"');
  });

  it('drops javascript: and other unsafe links but keeps their text', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//evil.example']) {
      expect(renderRichText(paragraph(link(href)))).toBe('<p>点此</p>');
    }
  });

  it('keeps http(s), mailto and relative links, with rel="noopener" only on external ones', () => {
    expect(renderRichText(paragraph(link('https://example.org')))).toBe('<p><a href="https://example.org" rel="noopener">点此</a></p>');
    expect(renderRichText(paragraph(link('mailto:gh@example.org')))).toBe('<p><a href="mailto:gh@example.org">点此</a></p>');
    expect(renderRichText(paragraph(link('/privacy/')))).toBe('<p><a href="/privacy/">点此</a></p>');
    expect(renderRichText(paragraph({ ...link('http://example.org', { newTab: true }), type: 'autolink' }))).toBe(
      '<p><a href="http://example.org" target="_blank" rel="noopener">点此</a></p>',
    );
  });

  it('links internal links to campaigns to their page and drops other internal links', () => {
    const internal = (relationTo: string) =>
      link('', { linkType: 'internal', doc: { relationTo, value: { id: 1, slug: 'reading-month-2026' } } });
    expect(renderRichText(paragraph(internal('campaigns')))).toBe('<p><a href="/campaigns/reading-month-2026/">点此</a></p>');
    expect(renderRichText(paragraph(internal('users')))).toBe('<p>点此</p>');
  });

  it('renders bullet and numbered lists, nesting a nested list inside its parent item', () => {
    const html = renderRichText(
      root(
        list('bullet', listItem(text('一')), listItem(list('number', listItem(text('一.1')), listItem(text('一.2')))), listItem(text('二'))),
      ),
    );
    expect(html).toBe('<ul><li>一<ol><li>一.1</li><li>一.2</li></ol></li><li>二</li></ul>');
  });

  it('keeps the start number of a numbered list', () => {
    expect(renderRichText({ ...list('number', listItem(text('三'))), start: 3 })).toBe('<ol start="3"><li>三</li></ol>');
  });

  it('renders quotes', () => {
    expect(renderRichText(root({ type: 'quote', children: [text('劳动最光荣')] }))).toBe('<blockquote>劳动最光荣</blockquote>');
  });

  it('renders a populated image upload with its alt text and dimensions', () => {
    expect(renderRichText(root({ type: 'upload', relationTo: 'media', value: image }))).toBe(
      '<figure><img src="http://cms.test/api/media/file/a.jpg" alt="会场" width="1200" height="800" loading="lazy" decoding="async"></figure>',
    );
  });

  it('lets the caller substitute an optimised image source', () => {
    const html = renderRichText(root({ type: 'upload', value: image }), {
      image: (upload) => ({ src: `/_astro/${upload.alt === '会场' ? 'a' : 'b'}.webp`, srcset: '/_astro/a-640.webp 640w', sizes: '100vw', width: 960, height: 640 }),
    });
    expect(html).toBe(
      '<figure><img src="/_astro/a.webp" alt="会场" srcset="/_astro/a-640.webp 640w" sizes="100vw" width="960" height="640" loading="lazy" decoding="async"></figure>',
    );
  });

  it('renders nothing for an upload that was not populated', () => {
    expect(renderRichText(root({ type: 'upload', relationTo: 'media', value: 42 }))).toBe('');
  });

  it('renders the children of unknown nodes', () => {
    expect(renderRichText(root({ type: 'fancy-box', children: [paragraph(text('里面'))] }), {})).toBe('<p>里面</p>');
    expect(renderRichText(root({ type: 'block', fields: { blockType: 'x' } }))).toBe('');
  });

  it('renders nothing for null or malformed input', () => {
    expect(renderRichText(null)).toBe('');
    expect(renderRichText('<b>x</b>')).toBe('');
    expect(renderRichText({ root: { type: 'root', children: 'nope' } })).toBe('');
  });
});

describe('safeHref', () => {
  it('rejects control characters that browsers would not strip', () => {
    expect(safeHref('/a\u0000b')).toBeUndefined();
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
  });
});

describe('collectImageUploads', () => {
  it('finds populated image uploads anywhere in the tree, skipping files and bare ids', () => {
    const pdf = { url: '/api/media/file/rules.pdf', mimeType: 'application/pdf', filename: 'rules.pdf' };
    const state = root(
      { type: 'upload', value: image },
      list('bullet', listItem({ type: 'upload', value: { ...image, url: 'http://cms.test/b.jpg' } })),
      { type: 'upload', value: pdf },
      { type: 'upload', value: 7 },
    );
    expect(collectImageUploads(state).map((u) => u.url)).toEqual(['http://cms.test/api/media/file/a.jpg', 'http://cms.test/b.jpg']);
  });
});

describe('richTextToPlainText', () => {
  it('gives one line per paragraph, heading, list item and quote, without markup', () => {
    const state = root(
      { type: 'heading', tag: 'h2', children: [text('事迹')] },
      paragraph(text('焊缝就是'), text('良心', 1), { type: 'linebreak' }, text('一道也不能马虎')),
      list('bullet', listItem(text('第一条')), listItem(link('https://example.org'))),
      { type: 'quote', children: [text('<不是标签>')] },
    );
    expect(richTextToPlainText(state)).toBe('事迹\n焊缝就是良心\n一道也不能马虎\n第一条\n点此\n<不是标签>');
  });

  it('is empty for a biography of blank paragraphs, an image only, null or malformed input', () => {
    expect(richTextToPlainText(root(paragraph(), paragraph(text('   '))))).toBe('');
    expect(richTextToPlainText(root({ type: 'upload', value: image }))).toBe('');
    expect(richTextToPlainText(null)).toBe('');
    expect(richTextToPlainText({ root: 'x' })).toBe('');
  });
});
