import type { CollectionConfig, ImageSize } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { canUploadMedia } from '../../access/canUploadMedia.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { SLUGS } from '../../slugs.ts';

/** Longest edge of a stored original; larger uploads are scaled down. */
export const MAX_ORIGINAL_EDGE = 4096;

const webp = { format: 'webp', options: { quality: 80 } } as const;

// Widths the microsites use: list thumbnails, cards, and full-width headers.
const imageSizes: ImageSize[] = [
  { name: 'thumbnail', width: 400, formatOptions: webp },
  { name: 'card', width: 800, formatOptions: webp },
  { name: 'full', width: 1600, formatOptions: webp },
];

/** Uploaded images, kept on local disk under `staticDir` (`<DATA_DIR>/media`). */
export function mediaCollection({ staticDir }: { staticDir: string }): CollectionConfig {
  return {
    slug: SLUGS.media,
    labels: { singular: '图片', plural: '图片' },
    admin: {
      useAsTitle: 'alt',
      defaultColumns: ['filename', 'alt', 'filesize', 'updatedAt'],
      description: '活动封面和正文配图。请为每张图片填写替代文本，方便读屏用户。',
    },
    access: {
      read: anyone,
      create: canUploadMedia,
      update: canUploadMedia,
      // Content anywhere may point at an image, so only admins remove one.
      delete: isAdmin,
    },
    upload: {
      staticDir,
      mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif'],
      // Any resize option makes Payload run the original through sharp too (auto-rotated, same
      // format). Sharp drops EXIF unless asked to keep it, so GPS positions and camera serials
      // in photos from phones never reach the public bucket. The cap keeps originals web-sized.
      resizeOptions: { width: MAX_ORIGINAL_EDGE, height: MAX_ORIGINAL_EDGE, fit: 'inside', withoutEnlargement: true },
      imageSizes,
      adminThumbnail: 'thumbnail',
      focalPoint: true,
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        label: '替代文本',
        required: true,
        maxLength: 200,
        admin: { description: '用一句话描述图片内容，图片无法显示或使用读屏软件时展示。' },
      },
    ],
  };
}
