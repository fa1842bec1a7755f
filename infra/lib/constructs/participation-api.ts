import { join } from 'node:path';
import { Duration, Fn, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpRoute, HttpRouteKey, HttpStage, LogGroupLogDestination, PayloadFormatVersion } from 'aws-cdk-lib/aws-apigatewayv2';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AttributeType, Billing, ProjectionType, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Architecture, FilterCriteria, FilterRule, Runtime, StartingPosition, Tracing } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { HandlerName, Route, eventHandlers } from '../../../functions/src/routes.ts';
import { participationTableKeys } from '../../../functions/src/lib/tables.ts';

export interface ParticipationApiProps {
  /** The functions' route table (plus its `$default` fallback): one Lambda per handler, one route per entry. */
  readonly routes: readonly Route[];
  /** Folder holding `<handler>.ts` files, each exporting `handler`. */
  readonly handlersDir: string;
  /** Root of the npm workspace: esbuild runs there and resolves `@union/*` packages through its node_modules. */
  readonly projectRoot: string;
}

/**
 * DynamoDB actions each handler needs, matching what its repositories send. Typed by the route
 * table's handler names, so a new handler does not compile until someone decides its grant.
 */
const TABLE_ACCESS: Readonly<Record<HandlerName, readonly string[]>> = {
  // repositories/health.ts probes with a GetItem on a key that never exists.
  health: ['dynamodb:GetItem'],
  // Reads the rules snapshot, then one transaction: put of the registration, update of the campaign's
  // counter, condition check on the rules (TransactWriteItems is authorized per item action).
  // counter condition check on the rules; a waitlisted one also takes a ticket (UpdateItem) and counts
  // its position (Query).
  'create-registration': ['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  // Rules and registration reads, the tries counter, the first waitlist entry (Query), and one
  // transaction: update of the registration and counter, delete of the waitlist entry, update of the promoted one.
  'cancel-registration': ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  // Code lookup and registration reads, the conditional check-in update.
  'check-in-registration': ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
  // Rules read, a page of registrations and the waitlist (Query).
  'list-registrations': ['dynamodb:GetItem', 'dynamodb:Query'],
  // The participant index (granted by name in INDEX_ACCESS) gives keys; the items are read by key,
  // waitlist positions counted, and the rules snapshots of the campaigns voted in read for names.
  'get-me': ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
  // As get-me, plus each registration's deletion transaction (as a cancellation) and the votes' unlinking.
  'delete-me': ['dynamodb:BatchGetItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
  // One transaction: conditional update of the rules snapshot (refuses stale snapshots) and a
  // condition check on the campaign's counter (refuses a capacity below the registrations).
  'put-campaign-rules': ['dynamodb:ConditionCheckItem', 'dynamodb:UpdateItem'],
  'delete-campaign-rules': ['dynamodb:DeleteItem'],
  // One transaction: conditional put of the phone's code and conditional updates of the send counters;
  // after a refusal, a read of the code's resend time for Retry-After.
  'send-otp': ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  // Conditional decrement of the tries (a read after a refusal tells why), delete of a matched code.
  'verify-otp': ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem'],
  // Checks the participant token's signature only.
  'get-participant': [],
  // Serves a document built from the route table and schemas.
  'get-openapi': [],
  // Reads the rules snapshot; conditional updates of the request counters (rate limits); then one
  // transaction: conditional put of the vote and conditional updates of the quota counters.
  'create-vote': ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  // Reads one vote by its receipt.
  'get-vote': ['dynamodb:GetItem'],
  // Reads the rules snapshot (round and candidates), then BatchGets every candidate's total shards.
  'get-results': ['dynamodb:BatchGetItem', 'dynamodb:GetItem'],
  // Reads the rules snapshot (round and candidate), then queries that one candidate's total shards.
  'get-candidate-results': ['dynamodb:GetItem', 'dynamodb:Query'],
  // One conditional update of the vote item (returns the old item when refused, to tell 404 from 409).
  'void-vote': ['dynamodb:UpdateItem'],
  // Reads the rules snapshot (404 for an unknown campaign), then queries the campaign's flag partition.
  'get-vote-flags': ['dynamodb:GetItem', 'dynamodb:Query'],
  'route-not-found': [],
};

/**
 * The tally (functions/src/handlers/tally-votes.ts), run by the table's stream, not by a route: one
 * transaction per chunk of votes (conditional updates of the votes' marks, ADDs to the total shards and
 * minute counts; TransactWriteItems is authorized per item action), the rules snapshot for the flag
 * threshold, a BatchGet of minute counts and updates of flag items.
 */
const TALLY_TABLE_ACCESS = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem'] as const;

/** The tally handler's file in `handlersDir` (one of the functions' event handlers). */
export const TALLY_HANDLER = 'tally-votes' satisfies (typeof eventHandlers)[number];
/** Handlers that read the participant index, granted Query on that index only (by its name, not `index/*`). */
const INDEX_ACCESS: Readonly<Partial<Record<HandlerName, readonly string[]>>> = {
  'get-me': ['dynamodb:Query'],
  'delete-me': ['dynamodb:Query'],
};

/**
 * What each handler does with the personal-data KMS key: registration seals (makes data keys), the
 * check-in, the export and 我的参与 open (unwrap them). Nothing else touches personal fields.
 */
const DATA_KEY_ACCESS: Readonly<Partial<Record<HandlerName, readonly string[]>>> = {
  'create-registration': ['kms:GenerateDataKey'],
  'check-in-registration': ['kms:Decrypt'],
  'list-registrations': ['kms:Decrypt'],
  'get-me': ['kms:Decrypt'],
};

// HTTP API context variables only; request bodies and headers never reach the access log. The
// source IP is left out too: behind CloudFront it is an edge address, not the participant's.
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    httpMethod: '$context.httpMethod',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/** The participation API: HTTP API → one Lambda per handler → one DynamoDB table. */
export class ParticipationApi extends Construct {
  readonly table: TableV2;
  readonly api: HttpApi;
  /** Base URL of the API's `$default` stage, with a trailing slash. */
  readonly url: string;
  /** Host name of the execute-api endpoint, for a CloudFront `HttpOrigin`. */
  readonly domainName: string;
  /** Lambda functions by handler name (the route table's `handler`). */
  readonly functions: Readonly<Record<string, NodejsFunction>>;
  /** The vote tally, fed by the table's stream. */
  readonly tallyFunction: NodejsFunction;
  /** Generated HMAC key for phone numbers; JSON key `phoneHashKey`. */
  readonly phoneHashKeySecret: Secret;
  /** Generated bearer token of the internal routes (shared with the CMS); JSON key `internalApiToken`. */
  readonly internalApiTokenSecret: Secret;
  /** Generated HMAC key of participant tokens; JSON key `participantTokenKey`. */
  readonly participantTokenKeySecret: Secret;
  /** Key-encryption key of personal fields (envelope encryption, lib/data-keys.ts), rotated yearly by KMS. */
  readonly personalDataKey: Key;

  constructor(scope: Construct, id: string, props: ParticipationApiProps) {
    super(scope, id);

    const { partitionKey, sortKey, timeToLiveAttribute, participantIndex } = participationTableKeys;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: partitionKey.name, type: AttributeType.STRING },
      sortKey: { name: sortKey.name, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute,
      // The vote tally aggregates from the stream (participationTableKeys.streamViewType).
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      globalSecondaryIndexes: [
        {
          indexName: participantIndex.name,
          partitionKey: { name: participantIndex.partitionKey.name, type: AttributeType.STRING },
          sortKey: { name: participantIndex.sortKey.name, type: AttributeType.STRING },
          projectionType: ProjectionType.KEYS_ONLY,
        },
      ],
      encryption: TableEncryptionV2.awsManagedKey(),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Separate secrets, because CloudFormation generates one random value per secret, and because their
    // lifecycles differ: the token may be rotated together with the CMS, the participant token key
    // at any time (it only signs out participants, whose tokens live two hours), while the hash key
    // must never change (every participant key is an HMAC under it), so it is also retained on delete.
    this.phoneHashKeySecret = generatedSecret(this, 'PhoneHashKey', 'phoneHashKey', 64);
    this.internalApiTokenSecret = generatedSecret(this, 'InternalApiToken', 'internalApiToken', 48);
    this.participantTokenKeySecret = generatedSecret(this, 'ParticipantTokenKey', 'participantTokenKey', 64);
    Validations.of(this.phoneHashKeySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The phone hash key keys the HMAC inside every participant key; rotating it would orphan all stored registrations, so it is rotated only by a planned re-keying migration.',
    });
    Validations.of(this.internalApiTokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The token reaches the Lambdas and the CMS as deploy-time dynamic references; automatic rotation needs both to fetch it at runtime first (planned), until then it is rotated by redeploying.',
    });
    Validations.of(this.participantTokenKeySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key reaches the Lambdas as a deploy-time dynamic reference; automatic rotation needs them to fetch it at runtime first (planned), until then it is rotated by redeploying, which only makes participants verify their phone again.',
    });

    // Retained: registrations sealed under it must stay readable until their TTL, whatever happens to the stack.
    this.personalDataKey = new Key(this, 'PersonalDataKey', {
      description: 'Participation API: key-encryption key of personal fields (name, work unit, phone) of registrations',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Dynamic references: CloudFormation resolves them at deploy time, so the values never enter the
    // template or the cloud assembly. They do land in the functions' configuration; fetching them at
    // runtime (Parameters and Secrets extension) is the next step.
    const environment = {
      STAGE: 'aws',
      TABLE_NAME: this.table.tableName,
      PHONE_HASH_KEY: this.phoneHashKeySecret.secretValueFromJson('phoneHashKey').unsafeUnwrap(),
      INTERNAL_API_TOKEN: this.internalApiTokenSecret.secretValueFromJson('internalApiToken').unsafeUnwrap(),
      PARTICIPANT_TOKEN_KEY: this.participantTokenKeySecret.secretValueFromJson('participantTokenKey').unsafeUnwrap(),
      DATA_KMS_KEY_ID: this.personalDataKey.keyArn,
      POWERTOOLS_SERVICE_NAME: 'participation-api',
      LOG_LEVEL: 'INFO',
      NODE_OPTIONS: '--enable-source-maps',
    };

    const functions: Record<string, NodejsFunction> = {};
    for (const handler of new Set(props.routes.map((route) => route.handler))) {
      const access: readonly string[] | undefined = (TABLE_ACCESS as Record<string, readonly string[]>)[handler];
      if (!access) throw new Error(`No table access declared for handler "${handler}" in ParticipationApi`);
      functions[handler] = this.handlerFunction(handler, props, environment, access);
    }
    this.functions = functions;

    // A batch of 1,000 records is a dozen transactions, plus backoff when throttled: more than a route's 10 s.
    this.tallyFunction = this.handlerFunction(TALLY_HANDLER, props, environment, TALLY_TABLE_ACCESS, Duration.seconds(60));
    this.table.grantStreamRead(this.tallyFunction);
    this.tallyFunction.addEventSource(
      new DynamoEventSource(this.table, {
        // From the oldest record kept (24 h): a tally deployed after the first votes still counts them all.
        startingPosition: StartingPosition.TRIM_HORIZON,
        // GetRecords' maximum; one second of waiting turns a busy second into one batch per shard.
        batchSize: 1000,
        maxBatchingWindow: Duration.seconds(1),
        // Retry a failed batch until it succeeds, never skip it: a skipped batch would be votes
        // acknowledged but never counted. Every retry is safe because counting is idempotent per vote
        // (the conditional countedAt/voidCountedAt marks commit with the totals), and a batch that
        // keeps failing shows as a growing IteratorAge (alarm below) long before the stream's 24 h.
        // A bounded retry with an on-failure destination would only record which records were
        // dropped, leaving someone to recount them by hand.
        retryAttempts: -1,
        // Off: halving a failed batch helps with a poison record, but the tally skips records it does
        // not understand instead of failing on them, and its failures (throttling, outages) hit every
        // half alike. Bisecting would be safe (idempotent per vote), just useless.
        bisectBatchOnError: false,
        // One batch per shard at a time keeps a vote's insert before its void.
        parallelizationFactor: 1,
        // Only what the tally counts reaches it: vote inserts, and modifies of voided votes whose void is
        // not counted yet. Its own marks and all other entities are dropped before any invocation.
        filters: [
          FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT'), dynamodb: { NewImage: { entity: { S: FilterRule.isEqual('vote') } } } }),
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('MODIFY'),
            dynamodb: {
              NewImage: {
                entity: { S: FilterRule.isEqual('vote') },
                voidedAt: { S: FilterRule.exists() },
                voidCountedAt: { S: FilterRule.notExists() },
              },
            },
          }),
        ],
      }),
    );
    new Alarm(this, 'TallyIteratorAgeAlarm', {
      alarmDescription: 'The vote tally is more than 5 minutes behind the table stream (results are stale; records expire after 24 h).',
      metric: this.tallyFunction.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(1) }),
      threshold: 5 * 60 * 1000,
      evaluationPeriods: 5,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Participation API (registrations, phone verification, campaign rules sync)',
      // The default stage is declared below, because only an explicit stage takes access-log settings.
      createDefaultStage: false,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 2000, burstLimit: 1000 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });
    this.url = stage.url;
    this.domainName = Fn.select(2, Fn.split('/', this.api.apiEndpoint));

    for (const route of props.routes) {
      const fn = functions[route.handler];
      if (!fn) throw new Error(`No function for handler ${route.handler}`);
      const name = pascalCase(route.routeKey);
      const httpRoute = new HttpRoute(this, `Route${name}`, {
        httpApi: this.api,
        routeKey: parseRouteKey(route.routeKey),
        integration: new HttpLambdaIntegration(`Integration${name}`, fn, {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
        }),
      });
      Validations.of(httpRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: routeAuthorizationReason(route.routeKey) });
    }
  }

  private handlerFunction(
    handler: string,
    props: ParticipationApiProps,
    environment: Record<string, string>,
    access: readonly string[],
    timeout = Duration.seconds(10),
  ): NodejsFunction {
    const id = pascalCase(handler);
    const logGroup = new LogGroup(this, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write only to this function's log group.
    const role = new Role(this, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    const fn = new NodejsFunction(this, `${id}Function`, {
      entry: join(props.handlersDir, `${handler}.ts`),
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout,
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      environment,
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        // Prefer the ESM entry points of dependencies that ship both.
        mainFields: ['module', 'main'],
        // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
        banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Ship the SDK version the handlers are tested against, not whatever the runtime carries.
        bundleAwsSDK: true,
      },
    });
    // Table.grant() would also cover every index (`index/*`); a handler that reads the participant
    // index is granted that index by name, separately.
    if (access.length > 0) fn.addToRolePolicy(new PolicyStatement({ actions: [...access], resources: [this.table.tableArn] }));
    const indexAccess = (INDEX_ACCESS as Record<string, readonly string[] | undefined>)[handler];
    if (indexAccess) {
      const indexArn = `${this.table.tableArn}/index/${participationTableKeys.participantIndex.name}`;
      fn.addToRolePolicy(new PolicyStatement({ actions: [...indexAccess], resources: [indexArn] }));
    }
    const keyAccess = (DATA_KEY_ACCESS as Record<string, readonly string[] | undefined>)[handler];
    if (keyAccess) this.personalDataKey.grant(fn, ...keyAccess);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    });
    return fn;
  }
}

function generatedSecret(scope: Construct, id: string, jsonKey: string, length: number): Secret {
  return new Secret(scope, id, {
    description: `Participation API ${jsonKey}, generated at deploy time`,
    generateSecretString: {
      secretStringTemplate: JSON.stringify({}),
      generateStringKey: jsonKey,
      passwordLength: length,
      // Travels in an Authorization header and environment variables: keep it to [A-Za-z0-9].
      excludePunctuation: true,
    },
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

function parseRouteKey(routeKey: string): HttpRouteKey {
  if (routeKey === '$default') return HttpRouteKey.DEFAULT;
  const match = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) (\/\S*)$/.exec(routeKey);
  if (!match) throw new Error(`Unsupported route key "${routeKey}"`);
  const [, method, path] = match as unknown as [string, string, string];
  return HttpRouteKey.with(path, method as HttpMethod);
}

function routeAuthorizationReason(routeKey: string): string {
  if (routeKey.includes('/internal/')) {
    return 'Internal route called by the CMS only: the handler checks the bearer INTERNAL_API_TOKEN with a constant-time compare and answers 401 otherwise.';
  }
  if (routeKey === '$default') return 'Fallback route that only answers the 404/405 error envelope; it reads and writes nothing.';
  if (routeKey.startsWith('POST /v1/otp')) {
    return 'Public route by design: anonymous workers verify their phone here; sends are limited per number and per client by conditional counters, tries per code by a conditional decrement.';
  }
  if (routeKey.startsWith('GET /v1/results/')) {
    return 'Public route by design: vote results are public; it only reads totals, and answers are cached (5 s in the function, Cache-Control for CloudFront).';
  }
  if (routeKey.endsWith(' /v1/me')) {
    return 'Authorized in the handler: it answers only for the phone a valid participant token (HMAC-SHA256, constant-time) names, and 401 otherwise.';
  }
  if (routeKey.endsWith('/registrations/cancel')) {
    return 'Public route by design: the person proves the registration with phone and confirmation code; tries per phone are limited by a conditional counter, and a wrong code answers as an unknown phone.';
  }
  if (routeKey === 'GET /v1/participant') {
    return 'Authorized in the handler: it checks the participant token signature (HMAC-SHA256, constant-time) and answers 401 otherwise; it reads and writes nothing.';
  }
  return 'Public route by design: anonymous workers register and load balancers probe health; abuse is bounded by stage throttling and per-phone conditional writes.';
}

function pascalCase(value: string): string {
  return value
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}
