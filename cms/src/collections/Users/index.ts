import type { CollectionConfig } from 'payload';
import { isAdmin } from '../../access/isAdmin.ts';
import { isAdminField } from '../../access/isAdminField.ts';
import { isAdminOrSelf } from '../../access/isAdminOrSelf.ts';
import { isStaff } from '../../access/isStaff.ts';
import { ROLE_LABELS, ROLES, SLUGS } from '../../slugs.ts';
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin.ts';

export const Users: CollectionConfig = {
  slug: SLUGS.users,
  labels: { singular: '用户', plural: '用户' },
  // API keys (Authorization: users API-Key <key>) let scripts fetch exports as a named account, with its roles.
  auth: { useAPIKey: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    description: '可登录后台的账号。只有管理员可以新建、删除账号或调整角色；其他人只能修改自己的姓名和密码。',
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [ensureFirstUserIsAdmin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: '姓名',
      required: true,
      maxLength: 64,
    },
    {
      name: 'roles',
      type: 'select',
      label: '角色',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: {
        description: '管理员：管理账号和全部内容，导出含完整手机号的名单；编辑：起草内容、上传图片，不能发布，可导出脱敏名单和办理签到；审核：修改、发布和撤回内容，修改站点设置，作废投票；只读：只能查看。',
      },
    },
  ],
  timestamps: true,
};
