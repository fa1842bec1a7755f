// A small Lexical-JSON → HTML renderer for the rich text Payload stores.
//
// We don't import Payload's own converter (@payloadcms/richtext-lexical/html): it would pull
// Payload, Lexical and their dependency tree into every site build, which must only ever talk
// to the CMS over REST. This renderer covers the nodes our editors get, escapes every text and
// attribute, allows only http(s), mailto and relative links, and renders the children of any
// node it does not know, so a new editor feature degrades to its text instead of breaking a build.

/** Format bit flags of a Lexical text node. */
const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;

/** The populated value of an upload node (a media document). */
export interface UploadValue {
  url: string;
  alt?: string | null;
  width?: number | null;
  height?: number | null;
  mimeType?: string | null;
  filename?: string | null;
}

/** What an image resolver returns: an optimised source for an upload, typically built with astro:assets. */
export interface RichTextImage {
  src: string;
  width?: number;
  height?: number;
  srcset?: string;
  sizes?: string;
}

export interface RenderRichTextOptions {
  /**
   * Maps an uploaded image to the source to render, so a site can serve build-time optimised
   * copies instead of the CMS's file. Without it the media URL is used as is.
   */
  image?: (upload: UploadValue) => RichTextImage | undefined;
}

type LexicalNode = Record<string, unknown> & { type?: unknown; children?: unknown };

/** Renders a Lexical editor state (`{ root }`) or a single node to safe HTML; anything else renders as ''. */
export function renderRichText(lexical: unknown, options: RenderRichTextOptions = {}): string {
  if (!isRecord(lexical)) return '';
  const root = isRecord(lexical.root) ? lexical.root : lexical;
  return renderNode(root, options);
}

function renderChildren(node: LexicalNode, options: RenderRichTextOptions): string {
  return Array.isArray(node.children) ? node.children.map((child) => renderNode(child, options)).join('') : '';
}

function renderNode(value: unknown, options: RenderRichTextOptions): string {
  if (!isRecord(value)) return '';
  const node = value as LexicalNode;
  switch (node.type) {
    case 'root':
      return renderChildren(node, options);
    case 'paragraph': {
      const inner = renderChildren(node, options);
      // Editors press Enter twice for spacing; CSS does the spacing, so empty paragraphs go.
      return inner.trim() === '' ? '' : `<p>${inner}</p>`;
    }
    case 'heading': {
      const tag = headingTag(node.tag);
      return `<${tag}>${renderChildren(node, options)}</${tag}>`;
    }
    case 'text':
    case 'tab':
      return renderText(node);
    case 'linebreak':
      return '<br>';
    case 'list':
      return renderList(node, options);
    case 'listitem':
      return `<li>${renderChildren(node, options)}</li>`;
    case 'quote':
      return `<blockquote>${renderChildren(node, options)}</blockquote>`;
    case 'link':
    case 'autolink':
      return renderLink(node, options);
    case 'horizontalrule':
      return '<hr>';
    case 'upload':
      return renderUpload(node, options);
    default:
      return renderChildren(node, options);
  }
}

/** The page title is the only h1; h5/h6 are clamped so the outline stays h2–h4. */
function headingTag(tag: unknown): 'h2' | 'h3' | 'h4' {
  if (tag === 'h3') return 'h3';
  if (tag === 'h4' || tag === 'h5' || tag === 'h6') return 'h4';
  return 'h2';
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & FORMAT.code) html = `<code>${html}</code>`;
  if (format & FORMAT.strikethrough) html = `<s>${html}</s>`;
  if (format & FORMAT.underline) html = `<u>${html}</u>`;
  if (format & FORMAT.italic) html = `<em>${html}</em>`;
  if (format & FORMAT.bold) html = `<strong>${html}</strong>`;
  return html;
}

function renderList(node: LexicalNode, options: RenderRichTextOptions): string {
  const ordered = node.listType === 'number' || node.tag === 'ol';
  const tag = ordered ? 'ol' : 'ul';
  const start = ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
  // Lexical stores a nested list as its own list item right after its parent item; HTML wants
  // it inside that parent <li>, so such items are merged into the previous one.
  const items: string[] = [];
  for (const child of Array.isArray(node.children) ? node.children : []) {
    if (!isRecord(child)) continue;
    const inner = child.type === 'listitem' ? renderChildren(child as LexicalNode, options) : renderNode(child, options);
    const onlyLists =
      Array.isArray(child.children) && child.children.length > 0 && child.children.every((c) => isRecord(c) && c.type === 'list');
    if (onlyLists && items.length > 0) items[items.length - 1] += inner;
    else items.push(inner);
  }
  return `<${tag}${start}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
}

function renderLink(node: LexicalNode, options: RenderRichTextOptions): string {
  const inner = renderChildren(node, options);
  const fields = isRecord(node.fields) ? node.fields : {};
  const href = linkHref(fields) ?? (typeof node.url === 'string' ? safeHref(node.url) : undefined);
  if (!href) return inner;
  const external = /^https?:/i.test(href);
  const attributes = [`href="${escapeHtml(href)}"`];
  if (fields.newTab === true) attributes.push('target="_blank"');
  if (external || fields.newTab === true) attributes.push('rel="noopener"');
  return `<a ${attributes.join(' ')}>${inner}</a>`;
}

function linkHref(fields: Record<string, unknown>): string | undefined {
  if (fields.linkType === 'internal') {
    // Internal links point at a CMS document; only campaigns have pages on the sites.
    const doc = isRecord(fields.doc) ? fields.doc : undefined;
    const target = doc && isRecord(doc.value) ? doc.value : undefined;
    if (doc?.relationTo === 'campaigns' && typeof target?.slug === 'string' && /^[a-z0-9-]+$/.test(target.slug)) {
      return `/campaigns/${target.slug}/`;
    }
    return undefined;
  }
  return typeof fields.url === 'string' ? safeHref(fields.url) : undefined;
}

/** Accepts http(s), mailto and relative hrefs; anything else (javascript:, data:, vbscript:, //host) is dropped. */
export function safeHref(raw: string): string | undefined {
  // Browsers strip tabs and newlines inside URLs, so `java\tscript:` must be judged without them.
  const href = raw.replace(/[\t\n\r]/g, '').trim();
  if (href === '' || [...href].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase()) ? href : undefined;
  if (href.startsWith('//') || href.startsWith('\\')) return undefined;
  return href;
}

function renderUpload(node: LexicalNode, options: RenderRichTextOptions): string {
  // An unpopulated upload (a bare id) has nothing to show.
  if (!isRecord(node.value) || typeof node.value.url !== 'string') return '';
  const media = node.value as unknown as UploadValue;
  const src = safeHref(media.url);
  if (!src) return '';
  if (!isImageUpload(media)) {
    return `<p><a href="${escapeHtml(src)}">${escapeHtml(media.filename ?? media.alt ?? '附件')}</a></p>`;
  }
  const resolved = options.image?.(media);
  const width = resolved?.width ?? media.width;
  const height = resolved?.height ?? media.height;
  const attributes = [`src="${escapeHtml(resolved?.src ?? src)}"`, `alt="${escapeHtml(media.alt ?? '')}"`];
  if (resolved?.srcset) attributes.push(`srcset="${escapeHtml(resolved.srcset)}"`);
  if (resolved?.sizes) attributes.push(`sizes="${escapeHtml(resolved.sizes)}"`);
  if (typeof width === 'number' && typeof height === 'number') attributes.push(`width="${Math.round(width)}"`, `height="${Math.round(height)}"`);
  attributes.push('loading="lazy"', 'decoding="async"');
  return `<figure><img ${attributes.join(' ')}></figure>`;
}

/** The populated image uploads of a Lexical state, in document order, so a site can optimise them before rendering. */
export function collectImageUploads(lexical: unknown): UploadValue[] {
  const found: UploadValue[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node)) return;
    if (node.type === 'upload' && isRecord(node.value) && typeof node.value.url === 'string') {
      const media = node.value as unknown as UploadValue;
      if (isImageUpload(media)) found.push(media);
    }
    visit(node.root);
    visit(node.children);
  };
  visit(lexical);
  return found;
}

/** Block nodes whose text ends a line in plain text. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote']);

/**
 * The text of a Lexical state, one line per paragraph, heading, list item or quote, without
 * markup: for search indexes, share descriptions and telling an empty biography from a real one.
 */
export function richTextToPlainText(lexical: unknown): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    if (node.type === 'text' && typeof node.text === 'string') line += node.text;
    else if (node.type === 'tab') line += ' ';
    else if (node.type === 'linebreak') endLine();
    if (Array.isArray(node.children)) node.children.forEach(visit);
    if (typeof node.type === 'string' && BLOCK_TYPES.has(node.type)) endLine();
  };
  if (isRecord(lexical)) visit(isRecord(lexical.root) ? lexical.root : lexical);
  endLine();
  return lines.join('\n');
}

/** Escapes text for use in HTML content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function isImageUpload(media: UploadValue): boolean {
  return typeof media.mimeType === 'string' ? media.mimeType.startsWith('image/') : typeof media.width === 'number';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
