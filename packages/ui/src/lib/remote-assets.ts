/** Where an element makes the browser load something by itself (not a link it may follow). */
const LOADING_ATTRIBUTES = /<(?<tag>[a-z][a-z0-9-]*)\b(?<attrs>[^>]*)>/gi;
const ATTRIBUTE = /\s(?<name>src|srcset|poster|href|data)\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)')/gi;

const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^data:/i.test(url.trim());

/**
 * Lists the URLs in a page that the browser would load from another host: images, scripts,
 * stylesheets, icons, media. Navigation links (<a href>) and the canonical link are not loads.
 */
export function findRemoteAssets(html: string): string[] {
  const found: string[] = [];
  for (const element of html.matchAll(LOADING_ATTRIBUTES)) {
    const tag = element.groups!.tag!.toLowerCase();
    const attrs = element.groups!.attrs!;
    if (tag === 'a' || tag === 'area' || tag === 'base') continue;
    if (tag === 'link' && /\srel\s*=\s*["']?(?:canonical|alternate)\b/i.test(attrs)) continue;
    for (const attribute of attrs.matchAll(ATTRIBUTE)) {
      const name = attribute.groups!.name!.toLowerCase();
      if (name === 'href' && tag !== 'link') continue;
      const value = attribute.groups!.dq ?? attribute.groups!.sq ?? '';
      const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (isRemote(url)) found.push(url);
    }
  }
  return found;
}
