import { fileURLToPath } from 'node:url';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { fallbackRoute, routes } from '../../../functions/src/routes.ts';
import { ParticipationApi } from '../constructs/participation-api.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const handlersDir = fileURLToPath(new URL('../../../functions/src/handlers/', import.meta.url));

/** Deployment unit of the participation API: its table, functions, secrets and HTTP API. */
export class ParticipationStack extends Stack {
  readonly participationApi: ParticipationApi;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.participationApi = new ParticipationApi(this, 'ParticipationApi', {
      routes: [...routes, fallbackRoute],
      handlersDir,
      projectRoot: repoRoot,
    });
  }
}
