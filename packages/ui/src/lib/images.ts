/**
 * Fails the build when an image would still be served from another host: pages must load
 * nothing from the CMS at run time, so every CMS image has to become a file under /_astro/.
 */
export function assertLocalImage(src: string, original: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    throw new Error(
      `Image ${original} was not optimised at build time (it would load from ${src}). ` +
        'Allow its host in image.remotePatterns (staticSiteConfig of @union/config/site allows the CMS_URL host).',
    );
  }
  return src;
}
