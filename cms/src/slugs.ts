/** Collection slugs, in one place so access rules, hooks and tests agree on them. */
export const SLUGS = {
  users: 'users',
  media: 'media',
  campaigns: 'campaigns',
} as const;

export type Role = 'admin' | 'editor';

export const ROLES: readonly Role[] = ['admin', 'editor'];

/** Chinese labels of the user roles. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  editor: '编辑',
};
