export { contrastRatio, relativeLuminance } from './lib/contrast.ts';
export { MODE_STYLESHEET_PATH, MODE_SWITCH_PATH, modeSwitchHref, safeBackPath } from './lib/mode-switch.ts';
export { isCurrentNav, type Crumb, type NavItem } from './lib/nav.ts';
export { pageHref, paginationItems, type PaginationItem, type PaginationOptions } from './lib/pagination.ts';
export { buildShareMeta, documentTitle, type MetaTag, type OgType, type ShareImage, type ShareMetaInput } from './lib/share-meta.ts';
export { ICP_LOOKUP_URL, telHref, textLines } from './lib/footer.ts';
