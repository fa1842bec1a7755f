import type { CollectionConfig } from 'payload';
import { canCreateContent } from '../access/canCreateContent.ts';
import { canUpdateContent } from '../access/canUpdateContent.ts';
import { isAdmin } from '../access/isAdmin.ts';
import { isStaff } from '../access/isStaff.ts';
import { publishedOrStaff } from '../access/publishedOrStaff.ts';
import { reopenApprovedOnEdit } from '../review/reopenApprovedOnEdit.ts';
import { reviewEndpoint } from '../review/reviewEndpoint.ts';
import { reviewField } from '../review/reviewFields.ts';
import { scheduleFields } from '../scheduling/scheduleFields.ts';
import { refuseUnpermittedPublish, refuseUnpermittedUnpublish } from './hooks/refuseUnpermittedPublish.ts';

/**
 * What every piece of public content shares with Campaigns: the public reads only what is
 * published; every CMS role reads drafts and versions; editors draft, reviewers change and
 * publish, admins also delete; and each document keeps its last 50 versions. A collection with
 * hooks of its own puts these first, so a refused publish stops before anything else runs.
 */
export const publishedContent = {
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: canCreateContent,
    update: canUpdateContent,
    delete: isAdmin,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [refuseUnpermittedPublish],
    afterChange: [refuseUnpermittedUnpublish],
  },
} satisfies Pick<CollectionConfig, 'access' | 'versions' | 'hooks'>;

/**
 * Adds the review workflow to a collection built on publishedContent: the read-only `review`
 * sidebar group with the publish and unpublish times, the review buttons beside save and publish, and `POST /api/<collection>/:id/review`. Applied to Campaigns and every content
 * collection in cmsConfig, so none is left out.
 */
export function withReviewWorkflow(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          beforeDocumentControls: [...(collection.admin?.components?.edit?.beforeDocumentControls ?? []), '/review/components/ReviewControls.tsx#ReviewControls'],
        },
      },
    },
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), reopenApprovedOnEdit] },
    fields: [...collection.fields, ...scheduleFields, reviewField],
    endpoints: [...(collection.endpoints || []), reviewEndpoint],
  };
}
