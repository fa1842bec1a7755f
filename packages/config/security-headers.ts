/**
 * The security headers of every static site: CloudFront adds them in production (infra's StaticSite)
 * and the local static server adds the same, so a page that breaks under them breaks locally first.
 *
 * Scripts: the header allows inline scripts, but each Astro page also carries its own
 * `<meta http-equiv="content-security-policy">` (Astro's `security.csp`) listing the SHA-256 hashes of
 * its inline scripts (the island loader). Browsers enforce both policies, so only those hashed inline
 * scripts and same-origin files run.
 */
export const SITE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The same headers as plain name/value pairs, for servers other than CloudFront. */
export const SITE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': SITE_CONTENT_SECURITY_POLICY,
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
