import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { defineUnionApp } from '../lib/union-app.ts';
import { env } from './env.ts';

const portalDist = fileURLToPath(new URL('../../sites/portal/dist', import.meta.url));
const portalContentPath = existsSync(portalDist) ? portalDist : undefined;
if (!portalContentPath) {
  console.warn(`[infra] ${portalDist} not found: the portal stack deploys without site content (build @union/portal first).`);
}

const app = new App();
defineUnionApp(app, {
  env: { account: env.CDK_DEFAULT_ACCOUNT, region: env.CDK_DEFAULT_REGION },
  portalContentPath,
  tags: { project: 'union-campaigns', owner: 'federation-digital-team' },
});
app.synth();
