import { Tags, Validations, type App, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ParticipationStack } from './stacks/participation-stack.ts';
import { PortalStack } from './stacks/portal-stack.ts';

export interface UnionAppOptions {
  /** Target account/region; omitted, the stacks are environment-agnostic (synth needs no credentials). */
  readonly env?: Environment;
  /** The portal's built `dist/`, uploaded by the portal stack when given. */
  readonly portalContentPath?: string;
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
    description: 'Campaign portal: S3 + CloudFront, /v1/* routed to the participation API',
    apiDomainName: participation.participationApi.domainName,
    contentPath: options.portalContentPath,
  });

  for (const [key, value] of Object.entries(options.tags)) Tags.of(app).add(key, value);
  // cdk-nag 3 runs as a policy-validation plugin: an unacknowledged error finding fails synthesis.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

  return { participation, portal };
}
