/** The elder-mode paths the viewer-request function answers (viewer-request.js); the sites link to them. */
export const ELDER_MODE = {
  /** `GET /_mode?elder=on|off&back=<path>`: sets or clears the cookie, then 303 to `back`. */
  switchPath: '/_mode',
  /** Every page links this after its own CSS; it is `/_mode/elder.css` or `/_mode/standard.css` by the cookie. */
  stylesheetPath: '/_mode.css',
  cookie: 'elder',
} as const;

/**
 * Response headers of `/_mode.css`, whose bytes depend on a cookie: browsers revalidate it on every
 * page, and no shared cache may hand one reader's choice to another. CloudFront adds them with a
 * response-headers policy (infra's StaticSite), the local static server directly.
 */
export const MODE_STYLESHEET_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-cache',
  vary: 'Cookie',
});
