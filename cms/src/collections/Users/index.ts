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
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    description: '可登录后台的管理员和编辑。只有管理员可以新建、删除账号或调整角色。',
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
        description: '管理员可管理账号；编辑可撰写、发布活动和上传图片。',
      },
    },
  ],
  timestamps: true,
};
