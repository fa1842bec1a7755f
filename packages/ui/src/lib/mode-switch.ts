/** The path every page's elder-mode switch links to; the edge function answers it (design decision 3). */
export const MODE_SWITCH_PATH = '/_mode';

/** The stylesheet every page links after its own CSS; the edge answers it with elder.css or standard.css by cookie. */
export const MODE_STYLESHEET_PATH = '/_mode.css';

/**
 * A path the switch may send the reader back to: one that starts with exactly one `/` and holds no
 * backslash or control character; anything else becomes `/`. The edge function applies the same
 * rule again, since a query string can be typed by anyone.
 */
export function safeBackPath(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return '/';
  return path;
}

/**
 * The link that turns elder mode on or off and comes back to `pathname`. `back` is
 * percent-encoded like any query value, except that `/` stays readable; the edge decodes it once.
 */
export function modeSwitchHref(mode: 'on' | 'off', pathname: string): string {
  const back = encodeURIComponent(safeBackPath(pathname)).replaceAll('%2F', '/');
  return `${MODE_SWITCH_PATH}?elder=${mode}&back=${back}`;
}
