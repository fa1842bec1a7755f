import { parseSiteEnv } from '@union/config/site';

// Read at build time only: the pages are static, so these values are baked into the HTML.
export const env = parseSiteEnv('portal', process.env);
