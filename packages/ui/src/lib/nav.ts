/** A link of a site's main navigation. */
export interface NavItem {
  label: string;
  href: string;
}

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/**
 * Whether a navigation link points at the page being rendered, or at the section it belongs to.
 * A site's home link only matches the home page itself, or every page would claim it.
 */
export function isCurrentNav(href: string, pathname: string, homeHref: string): boolean {
  const target = withSlash(href);
  const here = withSlash(pathname);
  if (target === withSlash(homeHref)) return here === target;
  return here.startsWith(target);
}

/** One step of a breadcrumb trail; the last step is the page itself and needs no link. */
export interface Crumb {
  label: string;
  href?: string;
}
