import { Tags, Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ParticipationStack } from './stacks/participation-stack.ts';
import { PortalStack } from './stacks/portal-stack.ts';
import type { StaticSiteContent } from './constructs/static-site.ts';

export interface UnionAppOptions {
  /**
   * Target region, and account if known (without one the stacks are account-agnostic and synth needs
   * no credentials). The region is required: the sites' Lambda@Edge function lives in a us-east-1
   * companion stack, and cross-region references need explicit regions on both sides.
   */
  readonly env: { readonly region: string; readonly account?: string };
  /** The static sites with their base paths; each built `dist/` given is uploaded under its prefix. */
  readonly sites?: readonly StaticSiteContent[];
  readonly tags: { readonly project: string; readonly owner: string };
}

/** Composes the deployment units; bin/app.ts and the tests synthesize exactly this. */
export function defineUnionApp(app: App, options: UnionAppOptions) {
  const participation = new ParticipationStack(app, 'UnionParticipation', {
    env: options.env,
    description: 'Participation API: HTTP API, Lambda handlers, DynamoDB table',
  });
  const portal = new PortalStack(app, 'UnionPortal', {
    env: options.env,
    description: 'Public sites: the portal and the microsites on S3 + CloudFront, /v1/* routed to the participation API',
    apiDomainName: participation.participationApi.domainName,
    sites: options.sites,
  });

  for (const [key, value] of Object.entries(options.tags)) Tags.of(app).add(key, value);
  // cdk-nag 3 runs as a policy-validation plugin: an unacknowledged error finding fails synthesis.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

  return { participation, portal };
}
