/** Names and contacts of the portal; the organiser's contact is what the privacy rules promise. */
export const SITE = {
  name: '市总工会职工活动平台',
  /** The home page's document title. */
  homeTitle: '市总工会 · 职工主题活动',
  description: '市总工会面向全市职工的主题活动：劳模风采、职工读书月、职工歌手大赛与安康杯竞赛。',
  /** The organiser until the CMS's site settings name one (a fresh CMS has none). */
  organiser: '市总工会',
  /** Replace with the federation's real privacy contact before going live. */
  contactEmail: 'privacy@union.example.org',
  contactPostal: '市总工会办公室（个人信息保护联系人）',
  /** Links in the footer of every page. */
  footerLinks: [
    { label: '个人信息处理规则', href: '/privacy/' },
    { label: '我的参与（查看、删除我的记录）', href: '/me/' },
  ],
} as const;
