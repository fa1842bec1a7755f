import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  type ErrorResponse,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
// cdk-nag's own flattening, so acknowledged ids match its findings byte for byte.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { SITE_CONTENT_SECURITY_POLICY } from '@union/config/security-headers';
import { Construct } from 'constructs';

export interface StaticSiteProps {
  /**
   * The participation API to serve under `/v1/*` from the site's own origin, so the islands
   * call it same-origin: no CORS preflights, and no second domain to allow-list inside WeChat.
   */
  readonly api?: { readonly domainName: string };
  /** A built site (Astro `dist/`) to upload; the distribution is invalidated after each upload. */
  readonly contentPath?: string;
}

export { SITE_CONTENT_SECURITY_POLICY };

/** Path pattern of the API behaviour; the API's own routes carry the same `/v1` prefix. */
export const API_PATH_PATTERN = '/v1/*';

// Astro's static output writes `/campaigns/reading/index.html`; S3 has no directory indexes,
// so `/campaigns/reading` and `/campaigns/reading/` are rewritten at the edge.
const DIRECTORY_INDEX_FUNCTION = `
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.substring(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}
`.trim();

/** A private S3 bucket served through CloudFront with security headers, optionally fronting the API. */
export class StaticSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<distribution domain>`, the public address of the site. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: StaticSiteProps = {}) {
    super(scope, id);

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

    const directoryIndex = new CloudFrontFunction(this, 'DirectoryIndex', {
      code: FunctionCode.fromInline(DIRECTORY_INDEX_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Maps /path and /path/ to /path/index.html',
    });

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'HSTS, CSP and framing rules for the static sites',
      securityHeadersBehavior: {
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
      },
    });

    const additionalBehaviors: Record<string, BehaviorOptions> = {};
    if (props.api) {
      additionalBehaviors[API_PATH_PATTERN] = {
        origin: new HttpOrigin(props.api.domainName, {
          protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [OriginSslPolicy.TLS_V1_2],
        }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        // The execute-api endpoint routes on its own Host header, so the viewer's must not reach it.
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: securityHeaders,
      };
    }

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Static site',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [{ function: directoryIndex, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors,
      errorResponses: notFoundResponses(props.api !== undefined),
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

    if (props.contentPath) {
      const deployment = new BucketDeployment(this, 'Content', {
        sources: [Source.asset(props.contentPath)],
        destinationBucket: this.bucket,
        distribution: this.distribution,
        distributionPaths: ['/*'],
        memoryLimit: 512,
      });
      acknowledgeBucketDeploymentFindings(deployment, this.bucket);
    }

    this.url = `https://${this.distribution.distributionDomainName}`;
  }
}

/**
 * Without s3:ListBucket, S3 answers a missing key through OAC with 403, so 403 is what marks a
 * missing page. Custom error responses apply to every behaviour of a distribution, so while the
 * API shares it, its own 404s (CAMPAIGN_NOT_FOUND, with a JSON body) must pass through untouched:
 * 404 is only mapped when no API is routed.
 */
function notFoundResponses(hasApi: boolean): ErrorResponse[] {
  const statuses = hasApi ? [403] : [403, 404];
  return statuses.map((httpStatus) => ({
    httpStatus,
    responseHttpStatus: 404,
    responsePagePath: '/404.html',
    ttl: Duration.minutes(1),
  }));
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
