import type { CollectionConfig } from 'payload';
import { isStaff } from '../access/isStaff.ts';
import { publishedOrStaff } from '../access/publishedOrStaff.ts';

/**
 * What every piece of public content shares with Campaigns: staff write and see drafts, the
 * public reads only what is published, and each document keeps its last 50 versions.
 */
export const publishedContent = {
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: { drafts: true, maxPerDoc: 50 },
} satisfies Pick<CollectionConfig, 'access' | 'versions'>;
