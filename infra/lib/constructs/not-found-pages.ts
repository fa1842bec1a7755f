import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ArnFormat, AssetHashType, DockerImage, Duration, Names, Stack, Stage, Token, Validations } from 'aws-cdk-lib';
import { experimental } from 'aws-cdk-lib/aws-cloudfront';
import { ArnPrincipal, type CfnRole, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { allNotFoundPageKeys } from '@union/config/edge/not-found';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { buildSync } from 'esbuild';
import { Construct } from 'constructs';

export interface NotFoundPagesProps {
  /** The bucket every site is served from, each under its base path as key prefix. */
  readonly bucket: IBucket;
  /** The sites' base paths (`/`, `/model-workers/`); a miss gets the 404 page of the longest one it falls under. */
  readonly basePaths: readonly string[];
}

/** CloudFront takes Lambda@Edge functions from this region only. */
export const EDGE_REGION = 'us-east-1';

const EDGE_SOURCE_DIR = fileURLToPath(new URL('../edge/', import.meta.url));

/**
 * The Lambda@Edge origin-response function that answers a miss in the site bucket with the 404 page of
 * the site the path falls under (the logic and the reasons for it: packages/config, not-found.ts).
 *
 * It lives in us-east-1, in a companion stack `<stack>Edge` unless its stack is there already. Its role
 * is made there too and may only write the function's logs; reading the 404 pages is granted by the
 * bucket's policy, on those keys alone, because the companion stack deploys first and so cannot refer
 * to the bucket, while the bucket's stack can refer to the role.
 */
export class NotFoundPages extends Construct {
  readonly function: experimental.EdgeFunction;
  readonly role: Role;
  /** The bucket keys the function may read. */
  readonly pageKeys: readonly string[];

  constructor(scope: Construct, id: string, props: NotFoundPagesProps) {
    super(scope, id);
    const stack = Stack.of(this);
    if (Token.isUnresolved(stack.region)) {
      throw new Error(
        `NotFoundPages: stack ${stack.node.path} needs an explicit region, since its Lambda@Edge function is deployed to ${EDGE_REGION} from a stack of its own`,
      );
    }
    const edgeStack = edgeStackOf(stack);
    const prefix = Names.uniqueId(this);

    this.role = new Role(edgeStack, `${prefix}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Lambda@Edge origin-response function of the sites: reads their 404 pages, writes its logs',
    });
    this.function = new experimental.EdgeFunction(this, 'OriginResponse', {
      ...(edgeStack === stack ? {} : { stackId: edgeStack.node.id }),
      description: 'Answers a miss in the site bucket with the 404 page of the site it falls under',
      runtime: Runtime.NODEJS_24_X,
      // Lambda@Edge runs x86_64 functions only, with no environment variables, layers or tracing.
      architecture: Architecture.X86_64,
      memorySize: 128,
      timeout: Duration.seconds(5),
      handler: 'index.handler',
      code: bundledHandler(props.basePaths),
      role: this.role,
    });

    // Replicas write to `/aws/lambda/us-east-1.<function>` in whichever region served the viewer.
    const logGroup = `/aws/lambda/${EDGE_REGION}.${this.function.functionName}`;
    const logArns = [logGroup, `${logGroup}:*`].map((resourceName) =>
      edgeStack.formatArn({ service: 'logs', region: '*', resource: 'log-group', resourceName, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
    );
    // A policy of its own, not the role's default one, which the function depends on: this one refers to the function.
    const logs = new Policy(edgeStack, `${prefix}Logs`, {
      roles: [this.role],
      statements: [new PolicyStatement({ actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], resources: logArns })],
    });
    Validations.of(logs).acknowledge(
      ...logArns.map((arn) => ({
        id: `AwsSolutions-IAM5[Resource::${flattenCfnReference(edgeStack.resolve(arn))}]`,
        reason: `Lambda@Edge replicas log in the region of the edge that ran them, so the function's own log group /aws/lambda/${EDGE_REGION}.<function name> (and its streams) is granted in every region.`,
      })),
    );

    this.pageKeys = allNotFoundPageKeys(props.basePaths);
    props.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'NotFoundPagesRead',
        // The CloudFormation attribute itself: CDK's Role.roleArn refuses a cross-region use without a
        // physical name, while this becomes an ordinary (weak) cross-stack reference.
        principals: [new ArnPrincipal((this.role.node.defaultChild as CfnRole).attrArn)],
        actions: ['s3:GetObject'],
        resources: this.pageKeys.map((key) => props.bucket.arnForObjects(key)),
      }),
    );
  }
}

/** The stack Lambda@Edge functions of this stack go to: itself in us-east-1, else `<stack>Edge` there. */
function edgeStackOf(stack: Stack): Stack {
  if (stack.region === EDGE_REGION) return stack;
  const stage = Stage.of(stack);
  if (!stage) throw new Error(`NotFoundPages: stack ${stack.node.path} is not part of a CDK app`);
  const id = `${stack.node.id}Edge`;
  const existing = stage.node.tryFindChild(id);
  if (existing) {
    if (!Stack.isStack(existing)) throw new Error(`NotFoundPages: ${id} is taken by something that is not a stack`);
    return existing;
  }
  return new Stack(stage, id, {
    env: { account: stack.account, region: EDGE_REGION },
    description: `Lambda@Edge functions of ${stack.stackName} (CloudFront takes them from ${EDGE_REGION} only)`,
  });
}

/**
 * The handler bundled with the base paths written in, as `index.mjs`. esbuild runs here rather than in
 * NodejsFunction because EdgeFunction takes plain function props. The base paths are passed as a
 * bundling variable so that they are part of the asset's cache key, not only of its closure.
 */
function bundledHandler(basePaths: readonly string[]): Code {
  return Code.fromAsset(EDGE_SOURCE_DIR, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Used only if local bundling failed, which throws instead.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
      environment: { SITE_BASE_PATHS: JSON.stringify([...basePaths]) },
      local: {
        tryBundle(outputDir, options) {
          const paths = options.environment?.SITE_BASE_PATHS ?? '[]';
          buildSync({
            stdin: {
              contents: `import { createOriginResponseHandler } from './origin-response.ts';\nexport const handler = createOriginResponseHandler(${paths});\n`,
              resolveDir: EDGE_SOURCE_DIR,
              sourcefile: 'index.ts',
              loader: 'ts',
            },
            outfile: join(outputDir, 'index.mjs'),
            bundle: true,
            platform: 'node',
            target: 'node24',
            format: 'esm',
            // Prefer the ESM entry points of dependencies that ship both.
            mainFields: ['module', 'main'],
            // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
            banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
            // Names kept for readable stack traces: Lambda@Edge cannot set NODE_OPTIONS for source maps.
            minifyWhitespace: true,
            minifySyntax: true,
            legalComments: 'none',
            logLevel: 'error',
          });
          return true;
        },
      },
    },
  });
}
