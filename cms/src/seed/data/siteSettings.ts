// Fictional demo content: placeholder organisation details; the phone, email and ICP number are not real.
import type { SiteSettingsSeed } from './types.ts';

export const siteSettings: SiteSettingsSeed = {
  organisationName: '示例市总工会',
  contactPhone: '0512-0000 0000',
  contactEmail: 'contact@example.org',
  footerText: '示例市总工会 主办 · 本站为演示站点，所列人物、单位均为示例。',
  icpNumber: '苏ICP备00000000号-1',
};
