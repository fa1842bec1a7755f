import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_IDS, SITES } from '@union/publisher';
import { App } from 'aws-cdk-lib';
import { defineUnionApp } from '../lib/union-app.ts';
import { env } from './env.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// Every registered site keeps its prefix in the bucket; one not built yet deploys without content.
const sites = SITE_IDS.map((id) => {
  const { workspace, basePath } = SITES[id];
  const dist = path.join(repoRoot, workspace, 'dist');
  if (existsSync(dist)) return { id, basePath, contentPath: dist };
  console.warn(`[infra] ${dist} not found: ${id} deploys without site content (build ${workspace} first).`);
  return { id, basePath };
});

const app = new App();
defineUnionApp(app, {
  env: { account: env.CDK_DEFAULT_ACCOUNT, region: env.CDK_DEFAULT_REGION },
  sites,
  tags: { project: 'union-campaigns', owner: 'federation-digital-team' },
});
app.synth();
