import type { CollectionSlug, TextField } from 'payload';
import { uniqueSlug } from './uniqueSlug.ts';

/** The URL slug of a published page: required, unique, lower-case, in the sidebar. `usedFor` names where it appears. */
export function slugField(collection: CollectionSlug, example: string, usedFor = '网址'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: '链接标识',
    required: true,
    unique: true,
    index: true,
    validate: uniqueSlug(collection),
    admin: {
      position: 'sidebar',
      description: `用于${usedFor}，如 ${example}。只能用小写英文字母、数字和连字符，发布后请勿随意修改。`,
    },
  };
}
