import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPayload } from '@payloadcms/next/withPayload';
import type { NextConfig } from 'next';

const cmsDir = path.dirname(fileURLToPath(import.meta.url));
// Workspaces hoist dependencies to the repository root, so Turbopack must see from there.
const repoRoot = path.resolve(cmsDir, '..');

const nextConfig: NextConfig = {
  transpilePackages: ['@union/schemas', '@union/publisher'],
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // The CMS has no public pages of its own; the microsites are built elsewhere.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }];
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
