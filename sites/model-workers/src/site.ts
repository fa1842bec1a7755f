/** The microsite's public path on the shared origin (Astro's `base`). */
export const BASE_PATH = '/model-workers';

/** Names shown on every page and on the generated share images. */
export const SITE = {
  name: '劳模风采',
  description: '市总工会劳模风采专题：各级劳动模范、五一劳动奖章获得者、劳模创新工作室与“苏州时代工匠”的事迹。',
} as const;

/** Model workers per list page, on the list and on every single-filter page. */
export const PAGE_SIZE = 24;
