import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  type EdgeLambda,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  LambdaEdgeEventType,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
// cdk-nag's own flattening, so acknowledged ids match its findings byte for byte.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { ELDER_MODE, MODE_STYLESHEET_HEADERS, VIEWER_REQUEST_FUNCTION_CODE } from '@union/config/edge';
import { SITE_CONTENT_SECURITY_POLICY } from '@union/config/security-headers';
import { Construct } from 'constructs';
import { NotFoundPages } from './not-found-pages.ts';

export interface StaticSiteProps {
  /**
   * The participation API to serve under `/v1/*` from the site's own origin, so the islands
   * call it same-origin: no CORS preflights, and no second domain to allow-list inside WeChat.
   */
  readonly api?: { readonly domainName: string };
  /**
   * Every site served from this distribution, each under its base path (`/` or `/<name>/`), which
   * is also its key prefix in the bucket. A site without `contentPath` is not uploaded, but its
   * prefix is still kept out of the other sites' pruning.
   */
  readonly sites?: readonly StaticSiteContent[];
}

export interface StaticSiteContent {
  /** Short name of the site, used in construct ids (`portal`, `model-workers`). */
  readonly id: string;
  readonly basePath: string;
  /** The built site (Astro `dist/`) to upload; the site's paths are invalidated after each upload. */
  readonly contentPath?: string;
}

export { SITE_CONTENT_SECURITY_POLICY };

/** Path pattern of the API behaviour; the API's own routes carry the same `/v1` prefix. */
export const API_PATH_PATTERN = '/v1/*';
/** The public results reads, which CloudFront caches as their Cache-Control says (a few seconds). */
export const RESULTS_PATH_PATTERN = '/v1/results/*';

/**
 * One private S3 bucket holding every static site under its base path, served through one
 * CloudFront distribution with security headers, optionally fronting the API. One viewer-request
 * function (packages/config, the code the local static server runs too) maps directory paths to
 * their index.html and answers elder mode: `/_mode` sets the cookie, `/_mode.css` picks the
 * stylesheet by it. A Lambda@Edge origin-response function (NotFoundPages) answers a miss with the
 * 404 page of the site it falls under, as the local static server does; the distribution has no
 * custom error responses, so the API's answers pass untouched. Its stack needs an explicit region.
 */
export class StaticSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** The origin-response function answering misses with each site's own 404 page. */
  readonly notFoundPages: NotFoundPages;
  /** `https://<distribution domain>`, the public address of the site. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: StaticSiteProps = {}) {
    super(scope, id);
    const sites = checkSites(props.sites ?? []);

    // Network logs are kept six months (PRC Cybersecurity Law, art. 21) and no longer:
    // CloudFront logs carry viewer IP addresses, personal information under PIPL.
    const logBucket = new Bucket(this, 'LogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging still delivers through bucket ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(190) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket is the access-log destination of the site bucket and the distribution; logging it into itself would loop.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logBucket,
      serverAccessLogsPrefix: 's3/',
      autoDeleteObjects: false,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const viewerRequest = new CloudFrontFunction(this, 'ViewerRequest', {
      code: FunctionCode.fromInline(VIEWER_REQUEST_FUNCTION_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Directory indexes, and the elder-mode switch and stylesheet',
    });
    const functionAssociations = [{ function: viewerRequest, eventType: FunctionEventType.VIEWER_REQUEST }];
    this.notFoundPages = new NotFoundPages(this, 'NotFoundPages', { bucket: this.bucket, basePaths: sites.map((site) => site.basePath) });
    // On the pages' behaviour only: never on the API's, and not on the elder-mode ones either, where it
    // would run on every page view (/_mode.css is never cached) for two stylesheets that always exist,
    // while /_mode never reaches the bucket.
    const edgeLambdas: EdgeLambda[] = [{ functionVersion: this.notFoundPages.function.currentVersion, eventType: LambdaEdgeEventType.ORIGIN_RESPONSE }];

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'HSTS, CSP and framing rules for the static sites',
      securityHeadersBehavior: securityHeadersBehavior(),
    });
    // The bytes of /_mode.css depend on the cookie: browsers revalidate it, shared caches keep it apart.
    const modeStylesheetHeaders = new ResponseHeadersPolicy(this, 'ModeStylesheetHeaders', {
      comment: 'Security headers plus no-cache and Vary: Cookie for the elder-mode stylesheet',
      securityHeadersBehavior: securityHeadersBehavior(),
      customHeadersBehavior: {
        customHeaders: Object.entries(MODE_STYLESHEET_HEADERS).map(([header, value]) => ({ header, value, override: true })),
      },
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    // Both elder-mode paths depend on the viewer's cookie or query, so CloudFront must never answer
    // them from its cache; the function still runs first, as on every other path.
    const uncached = (responseHeadersPolicy: ResponseHeadersPolicy): BehaviorOptions => ({
      origin: siteOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      compress: true,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      responseHeadersPolicy,
      functionAssociations,
    });

    const additionalBehaviors: Record<string, BehaviorOptions> = {
      [ELDER_MODE.stylesheetPath]: uncached(modeStylesheetHeaders),
      [ELDER_MODE.switchPath]: uncached(securityHeaders),
    };
    if (props.api) {
      const apiOrigin = new HttpOrigin(props.api.domainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      });
      // Every profile view reads its 点赞 count and every open vote page polls its round: without an
      // edge cache each would be a Lambda call. The answers are public and the same for everyone, so
      // CloudFront keeps them for as long as their Cache-Control allows (at most the API's 5 s window,
      // counted down by the API), keyed by path alone; nothing of the viewer's is forwarded, and an
      // answer without Cache-Control (an error) is not kept. Listed before /v1/*, so it matches first.
      const resultsCachePolicy = new CachePolicy(this, 'ResultsCachePolicy', {
        comment: 'Public results reads: as long as the answer says, at most 60 s; keyed by path only',
        minTtl: Duration.seconds(0),
        defaultTtl: Duration.seconds(0),
        maxTtl: Duration.seconds(60),
        enableAcceptEncodingGzip: true,
        enableAcceptEncodingBrotli: true,
      });
      additionalBehaviors[RESULTS_PATH_PATTERN] = {
        origin: apiOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        compress: true,
        cachePolicy: resultsCachePolicy,
        responseHeadersPolicy: securityHeaders,
      };
      additionalBehaviors[API_PATH_PATTERN] = {
        origin: apiOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        // The execute-api endpoint routes on its own Host header, so the viewer's must not reach it.
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: securityHeaders,
      };
    }

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Static sites',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations,
        edgeLambdas,
      },
      additionalBehaviors,
    });
    // cdk-nag 3 fails synthesis on unacknowledged warnings too, so CFR1 and CFR2 carry reasons as well.
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'No custom domain yet: the default *.cloudfront.net certificate cannot pin a minimum TLS version. Attach an ACM certificate with TLSv1.2_2021 together with the domain.',
      },
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Public campaign information for union members, who also open it while travelling or from WeChat abroad; nothing requires geo-blocking.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'A CloudFront web ACL must be created in us-east-1; it is planned as its own stack (managed rule groups plus a rate rule on /v1/*). Until then the API stage throttles.',
      },
    );

    for (const site of sites) {
      if (!site.contentPath) continue;
      const prefix = keyPrefix(site.basePath);
      // Pruning deletes what the upload lacks under its prefix; the sites nested under it (every
      // microsite, for the portal at the root) are excluded, so one site never deletes another's files.
      const nested = sites.filter((other) => other !== site && other.basePath.startsWith(site.basePath));
      const deployment = new BucketDeployment(this, `Content-${site.id}`, {
        sources: [Source.asset(site.contentPath)],
        destinationBucket: this.bucket,
        ...(prefix ? { destinationKeyPrefix: prefix } : {}),
        ...(nested.length > 0 ? { exclude: nested.map((other) => `${keyPrefix(other.basePath).slice(prefix.length)}*`) } : {}),
        prune: true,
        distribution: this.distribution,
        distributionPaths: [`${site.basePath}*`],
        memoryLimit: 512,
      });
      acknowledgeBucketDeploymentFindings(deployment, this.bucket);
    }

    this.url = `https://${this.distribution.distributionDomainName}`;
  }
}

function securityHeadersBehavior(): ResponseSecurityHeadersBehavior {
  return {
    strictTransportSecurity: {
      accessControlMaxAge: Duration.days(730),
      includeSubdomains: true,
      preload: true,
      override: true,
    },
    contentTypeOptions: { override: true },
    frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
    referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    contentSecurityPolicy: { contentSecurityPolicy: SITE_CONTENT_SECURITY_POLICY, override: true },
  };
}

/** The bucket key prefix of a base path: `` for `/`, `model-workers/` for `/model-workers/`. */
function keyPrefix(basePath: string): string {
  return basePath.slice(1);
}

function checkSites(sites: readonly StaticSiteContent[]): readonly StaticSiteContent[] {
  for (const site of sites) {
    if (!/^\/([a-z0-9-]+\/)*$/.test(site.basePath)) throw new Error(`StaticSite: base path of ${site.id} must be "/" or "/<name>/", got "${site.basePath}"`);
    if (!/^[a-z0-9-]+$/.test(site.id)) throw new Error(`StaticSite: site id must be lower-case letters, digits and dashes, got "${site.id}"`);
  }
  for (const key of ['id', 'basePath'] as const) {
    const values = sites.map((site) => site[key]);
    const twice = values.find((value, i) => values.indexOf(value) !== i);
    if (twice) throw new Error(`StaticSite: two sites share the ${key} "${twice}"`);
  }
  return sites;
}

/**
 * The upload function behind `BucketDeployment` is a per-stack singleton generated by aws-cdk-lib:
 * its runtime and its policy (read the asset, write this bucket, invalidate the distribution) are
 * not ours to shape. Each finding is acknowledged by its exact id, so any new permission CDK adds
 * still fails the check.
 */
function acknowledgeBucketDeploymentFindings(deployment: BucketDeployment, destination: Bucket): void {
  const uploadFunction = deployment.handlerRole.node.scope;
  if (!uploadFunction) throw new Error('BucketDeployment role has no owning function');
  const stack = Stack.of(deployment);
  const flat = (token: string): string => flattenCfnReference(stack.resolve(token));
  const assetObjects = deployment.node.children
    .filter((child): child is Asset => child instanceof Asset)
    .map((asset) => flat(asset.bucket.arnForObjects('*')));
  const iam5 = (finding: string, reason: string) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  const syncReason = 'Object-level wildcards from the grants that let the upload function sync the site asset into the site bucket.';
  Validations.of(uploadFunction).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'The CDK-generated upload function role only writes its own CloudWatch logs through the basic execution policy.',
    },
    {
      id: 'AwsSolutions-L1',
      reason: 'The upload function runtime is pinned by aws-cdk-lib (with its AWS CLI layer) and runs only during deployments.',
    },
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) =>
      iam5(`Action::${action}`, syncReason),
    ),
    iam5(`Resource::${flat(destination.arnForObjects('*'))}`, syncReason),
    ...assetObjects.map((resource) => iam5(`Resource::${resource}`, syncReason)),
    iam5('Resource::*', 'cloudfront:CreateInvalidation/GetInvalidation as granted by BucketDeployment, which does not scope them to the distribution ARN.'),
  );
}
