import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone.ts';
import { canEditSiteSettings } from '../access/canEditSiteSettings.ts';
import { validateIcpNumber } from '../fields/textRules.ts';
import { ADMIN_GROUPS, GLOBAL_SLUGS } from '../slugs.ts';

/** Organisation details every site shows in its header and footer. */
export const SiteSettings: GlobalConfig = {
  slug: GLOBAL_SLUGS.siteSettings,
  label: '站点设置',
  admin: { group: ADMIN_GROUPS.shared, description: '各专题网站页头页脚显示的单位信息。' },
  access: {
    read: anyone,
    update: canEditSiteSettings,
  },
  fields: [
    { name: 'organisationName', type: 'text', label: '单位名称', required: true, maxLength: 60 },
    {
      type: 'row',
      fields: [
        { name: 'contactPhone', type: 'text', label: '联系电话', maxLength: 30, admin: { width: '50%' } },
        { name: 'contactEmail', type: 'email', label: '联系邮箱', admin: { width: '50%' } },
      ],
    },
    { name: 'footerText', type: 'textarea', label: '页脚文字', maxLength: 300 },
    {
      name: 'icpNumber',
      type: 'text',
      label: 'ICP 备案号',
      maxLength: 40,
      validate: validateIcpNumber,
      admin: { description: '如 苏ICP备12345678号-1。' },
    },
  ],
};
