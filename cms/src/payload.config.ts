import { buildConfig } from 'payload';
import { cmsConfig } from './cmsConfig.ts';
import { env } from './env.ts';

export default buildConfig(
  cmsConfig({
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
    secret: env.payloadSecret,
    serverUrl: env.serverUrl,
    rulesSync: { url: env.apiInternalUrl, token: env.internalApiToken },
    ...(env.sitesDir
      ? {
          sitePublishing: {
            sitesDir: env.sitesDir,
            repoRoot: env.repoRoot,
            cmsUrl: env.serverUrl,
            siteUrl: env.publicSiteUrl,
            batchWindowMs: env.siteBuildBatchMs,
          },
        }
      : {}),
  }),
);
