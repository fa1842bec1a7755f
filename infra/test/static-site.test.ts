import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { beforeAll, describe, expect, it } from 'vitest';
import { VIEWER_REQUEST_FUNCTION_CODE } from '@union/config/edge';
import { FALLBACK_NOT_FOUND_PAGE } from '@union/config/edge/not-found';
import { SITE_CONTENT_SECURITY_POLICY, StaticSite } from '../lib/constructs/static-site.ts';
import { appWithCdkContext, logicalId, nagFindings, physicalNames } from './support.ts';

// Variants the app does not build: a site without an API, one that uploads two sites, one whose
// microsite has no build yet, and one whose stack is in us-east-1 already. Stacks holding a
// StaticSite need a region: its Lambda@Edge function goes to us-east-1 from a companion stack.
const REGION = { region: 'ap-east-1' };
let app: App;
let siteOnly: StaticSite;
let withContent: StaticSite;
let inUsEast1: StaticSite;
let siteOnlyTemplate: Template;
let withContentTemplate: Template;
let partialTemplate: Template;
/** The companion us-east-1 stack of WithContent, holding its Lambda@Edge function. */
let withContentEdgeTemplate: Template;

function builtSite(title: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'infra-site-'));
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>${title}</title>`);
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>页面不存在</title>');
  return dist;
}

beforeAll(() => {
  const portalDist = builtSite('首页');
  const microsite = builtSite('劳模风采');

  app = appWithCdkContext();
  siteOnly = new StaticSite(new Stack(app, 'SiteOnly', { env: REGION }), 'Site');
  withContent = new StaticSite(new Stack(app, 'WithContent', { env: REGION }), 'Site', {
    api: { domainName: 'abc123.execute-api.ap-east-1.amazonaws.com' },
    sites: [
      { id: 'portal', basePath: '/', contentPath: portalDist },
      { id: 'model-workers', basePath: '/model-workers/', contentPath: microsite },
    ],
  });
  // Account-bound, as when deployed with credentials: asset bucket names become literals.
  new StaticSite(new Stack(app, 'AccountBound', { env: { account: '123456789012', region: 'ap-east-1' } }), 'Site', {
    sites: [
      { id: 'portal', basePath: '/', contentPath: portalDist },
      { id: 'model-workers', basePath: '/model-workers/', contentPath: microsite },
    ],
  });
  const partial = new StaticSite(new Stack(app, 'MicrositeNotBuilt', { env: REGION }), 'Site', {
    sites: [
      { id: 'portal', basePath: '/', contentPath: portalDist },
      { id: 'model-workers', basePath: '/model-workers/' },
    ],
  });
  inUsEast1 = new StaticSite(new Stack(app, 'InUsEast1', { env: { region: 'us-east-1' } }), 'Site', {
    sites: [{ id: 'model-workers', basePath: '/model-workers/' }],
  });
  siteOnlyTemplate = Template.fromStack(Stack.of(siteOnly));
  withContentTemplate = Template.fromStack(Stack.of(withContent));
  partialTemplate = Template.fromStack(Stack.of(partial));
  withContentEdgeTemplate = Template.fromStack(edgeStackOf(withContent));
});

/** The stack the site's Lambda@Edge function was put in. */
function edgeStackOf(site: StaticSite): Stack {
  return Stack.of(site.notFoundPages.function.lambda);
}

type Behavior = {
  PathPattern?: string;
  CachePolicyId?: string;
  ResponseHeadersPolicyId?: unknown;
  FunctionAssociations?: Array<{ EventType: string; FunctionARN: unknown }>;
  LambdaFunctionAssociations?: Array<{ EventType: string; LambdaFunctionARN: unknown; IncludeBody?: boolean }>;
};

function distributionConfig(template: Template): { DefaultCacheBehavior: Behavior; CacheBehaviors?: Behavior[]; CustomErrorResponses?: unknown } {
  const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
  return distribution?.Properties.DistributionConfig;
}

function behavior(template: Template, pathPattern: string): Behavior {
  const found = distributionConfig(template).CacheBehaviors?.find((b) => b.PathPattern === pathPattern);
  if (!found) throw new Error(`no ${pathPattern} behaviour`);
  return found;
}

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

/** Runs the distribution's viewer-request function the way CloudFront does: `handler(event)`. */
function directoryIndex(template: Template): (uri: string) => string {
  template.resourceCountIs('AWS::CloudFront::Function', 1);
  const [fn] = Object.values(template.findResources('AWS::CloudFront::Function')) as { Properties: { FunctionCode: string } }[];
  if (!fn) throw new Error('no CloudFront function');
  const handler = new Function(`${fn.Properties.FunctionCode}\nreturn handler;`)() as (event: unknown) => { uri: string };
  return (uri) => handler({ request: { uri, method: 'GET', headers: {}, querystring: {}, cookies: {} } }).uri;
}

describe('StaticSite', () => {
  it('maps directory paths and extension-less paths to their index.html', () => {
    const rewrite = directoryIndex(siteOnlyTemplate);
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/campaigns/reading-month/')).toBe('/campaigns/reading-month/index.html');
    expect(rewrite('/campaigns/reading-month')).toBe('/campaigns/reading-month/index.html');
    expect(rewrite('/_astro/island.Bx1.js')).toBe('/_astro/island.Bx1.js');
    expect(rewrite('/404.html')).toBe('/404.html');
    expect(rewrite('/v1.0/notes')).toBe('/v1.0/notes/index.html');
  });

  it('maps no error status distribution-wide, so the API’s own 403s and 404s pass untouched', () => {
    for (const template of [siteOnlyTemplate, withContentTemplate, partialTemplate]) {
      expect(distributionConfig(template).CustomErrorResponses).toBeUndefined();
    }
  });

  it('answers misses through an origin-response function on the pages’ behaviour, and never on the API or the uncached elder-mode paths', () => {
    const [readerId] = Object.keys(withContentTemplate.findResources('Custom::CrossRegionStringParameterReader'));
    const attached = [{ EventType: 'origin-response', LambdaFunctionARN: { 'Fn::GetAtt': [readerId, 'FunctionArn'] } }];
    const config = distributionConfig(withContentTemplate);
    expect(config.DefaultCacheBehavior.LambdaFunctionAssociations).toEqual(attached);
    expect(behavior(withContentTemplate, '/v1/*').LambdaFunctionAssociations).toBeUndefined();
    expect(behavior(withContentTemplate, '/v1/results/*').LambdaFunctionAssociations).toBeUndefined();
    // Never cached, /_mode.css would run the function on every page view.
    expect(behavior(withContentTemplate, '/_mode.css').LambdaFunctionAssociations).toBeUndefined();
    expect(behavior(withContentTemplate, '/_mode').LambdaFunctionAssociations).toBeUndefined();
    // The version CloudFront runs is the one the companion stack published, read back across regions.
    withContentTemplate.hasResourceProperties('Custom::CrossRegionStringParameterReader', { Region: 'us-east-1' });
    withContentTemplate.resourceCountIs('Custom::CrossRegionStringParameterReader', 1);
  });

  it('deploys the 404-page function to us-east-1 from a companion stack, on x86_64 nodejs24.x without environment or tracing', () => {
    const edge = edgeStackOf(withContent);
    expect(edge.region).toBe('us-east-1');
    expect(edge.node.id).toBe('WithContentEdge');
    expect(Stack.of(withContent).dependencies).toContain(edge);
    withContentEdgeTemplate.resourceCountIs('AWS::Lambda::Function', 1);
    const [fn] = Object.values(withContentEdgeTemplate.findResources('AWS::Lambda::Function'));
    expect(fn?.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['x86_64'], Handler: 'index.handler', MemorySize: 128, Timeout: 5 });
    // Lambda@Edge refuses functions with either.
    expect(fn?.Properties.Environment).toBeUndefined();
    expect(fn?.Properties.TracingConfig).toBeUndefined();
  });

  it('keeps the 404-page function in the site’s own stack when that is in us-east-1', () => {
    expect(edgeStackOf(inUsEast1)).toBe(Stack.of(inUsEast1));
    const template = Template.fromStack(Stack.of(inUsEast1));
    template.resourceCountIs('Custom::CrossRegionStringParameterReader', 0);
    const functionVersion = Object.keys(template.findResources('AWS::Lambda::Version'));
    expect(functionVersion).toHaveLength(1);
    expect(distributionConfig(template).DefaultCacheBehavior.LambdaFunctionAssociations).toEqual([
      { EventType: 'origin-response', LambdaFunctionARN: { Ref: functionVersion[0] } },
    ]);
  });

  it('lets the 404-page function read the sites’ 404 pages and nothing else of the bucket', () => {
    const roleId = logicalId(withContent.notFoundPages.role);
    const bucketArn = { 'Fn::GetAtt': [logicalId(withContent.bucket), 'Arn'] };
    const [policy] = Object.values(withContentTemplate.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: logicalId(withContent.bucket) } } }));
    const statements = policy?.Properties.PolicyDocument.Statement as Array<{ Effect: string; Principal?: { AWS?: unknown }; Action: unknown; Resource: unknown }>;
    const forRole = statements.filter((st) => JSON.stringify(st.Principal?.AWS ?? '').includes(roleId));
    expect(forRole).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: [
          { 'Fn::Join': ['', [bucketArn, '/404.html']] },
          { 'Fn::Join': ['', [bucketArn, '/model-workers/404.html']] },
        ],
        // The role's ARN, read from the companion stack's output in us-east-1.
        Principal: { AWS: { 'Fn::GetStackOutput': expect.objectContaining({ StackName: 'WithContentEdge', Region: 'us-east-1' }) } },
      }),
    ]);
    expect(withContent.notFoundPages.pageKeys).toEqual(['404.html', 'model-workers/404.html']);
  });

  it('gives the 404-page function’s role nothing but writing its own logs, in the regions its replicas run in', () => {
    const roleId = logicalId(withContent.notFoundPages.role);
    const fnId = logicalId(withContent.notFoundPages.function.lambda);
    const role = withContentEdgeTemplate.toJSON().Resources[roleId];
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.Policies).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Principal.Service.sort()).toEqual(['edgelambda.amazonaws.com', 'lambda.amazonaws.com']);
    const policies = Object.values(withContentEdgeTemplate.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties.Roles).includes(roleId),
    );
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Array<{ Action: string[]; Resource: unknown[] }>);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.Action).toEqual(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents']);
    const logGroup = (suffix: string) => ({
      'Fn::Join': ['', ['arn:aws:logs:*:', { Ref: 'AWS::AccountId' }, ':log-group:/aws/lambda/us-east-1.', { Ref: fnId }, ...(suffix ? [suffix] : [])]],
    });
    expect(statements[0]?.Resource).toEqual(expect.arrayContaining([logGroup(''), logGroup(':*')]));
    expect(statements[0]?.Resource).toHaveLength(2);
  });

  it('bundles a handler for Node 24 with the sites’ base paths written in, passing found pages through', () => {
    const assembly = app.synth();
    const code = withContent.notFoundPages.function.lambda.node.findChild('Code') as Asset;
    const bundle = join(assembly.directory, code.assetPath, 'index.mjs');
    expect(readFileSync(bundle, 'utf8')).toContain('createOriginResponseHandler(["/","/model-workers/"])');
    // A child process, as Lambda loads it; the miss comes from an origin that is not a bucket, so nothing is fetched.
    const event = (status: string) => ({
      Records: [
        {
          cf: {
            config: { eventType: 'origin-response', distributionId: 'E2EXAMPLE' },
            request: { uri: '/model-workers/nope/index.html', method: 'GET', origin: { custom: { domainName: 'union.example' } } },
            response: { status, statusDescription: 'x', headers: { 'content-type': [{ key: 'Content-Type', value: 'text/html' }] } },
          },
        },
      ],
    });
    const script = `
      const { handler } = await import(${JSON.stringify(bundle)});
      const found = await handler(${JSON.stringify(event('200'))});
      const missing = await handler(${JSON.stringify(event('403'))});
      process.stdout.write(JSON.stringify({ node: process.versions.node, found, missing }));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const { node, found, missing } = JSON.parse(output) as { node: string; found: unknown; missing: { status: string; body: string } };
    expect(node.split('.')[0]).toBe('24');
    expect(found).toEqual(event('200').Records[0]?.cf.response);
    expect(missing).toMatchObject({ status: '404', body: FALLBACK_NOT_FOUND_PAGE });
  });

  it('refuses a stack without an explicit region, which its Lambda@Edge function needs', () => {
    expect(() => new StaticSite(new Stack(appWithCdkContext(), 'NoRegion'), 'Site')).toThrow(/explicit region/);
  });

  it('deploys the viewer-request function of packages/config byte for byte, on the cloudfront-js-2.0 runtime', () => {
    siteOnlyTemplate.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionCode: VIEWER_REQUEST_FUNCTION_CODE,
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
      AutoPublish: true,
    });
  });

  it('runs the function on viewer requests of every site behaviour, and not on the API', () => {
    const [fnId] = Object.keys(withContentTemplate.findResources('AWS::CloudFront::Function'));
    const attached = [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fnId, 'FunctionARN'] } }];
    const config = distributionConfig(withContentTemplate);
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual(attached);
    expect(behavior(withContentTemplate, '/_mode.css').FunctionAssociations).toEqual(attached);
    expect(behavior(withContentTemplate, '/_mode').FunctionAssociations).toEqual(attached);
    expect(behavior(withContentTemplate, '/v1/*').FunctionAssociations).toBeUndefined();
  });

  it('never caches /_mode.css, and sends it with no-cache, Vary: Cookie and the security headers', () => {
    const stylesheet = behavior(siteOnlyTemplate, '/_mode.css');
    expect(stylesheet.CachePolicyId).toBe(CACHING_DISABLED);
    const policyId = (stylesheet.ResponseHeadersPolicyId as { Ref: string }).Ref;
    const policy = siteOnlyTemplate.toJSON().Resources[policyId];
    expect(policy.Properties.ResponseHeadersPolicyConfig).toMatchObject({
      CustomHeadersConfig: {
        Items: [
          { Header: 'cache-control', Value: 'no-cache', Override: true },
          { Header: 'vary', Value: 'Cookie', Override: true },
        ],
      },
      SecurityHeadersConfig: {
        FrameOptions: { FrameOption: 'DENY', Override: true },
        ContentSecurityPolicy: { ContentSecurityPolicy: SITE_CONTENT_SECURITY_POLICY, Override: true },
      },
    });
  });

  it('never caches the /_mode switch', () => {
    expect(behavior(siteOnlyTemplate, '/_mode').CachePolicyId).toBe(CACHING_DISABLED);
    expect(distributionConfig(siteOnlyTemplate).DefaultCacheBehavior.CachePolicyId).not.toBe(CACHING_DISABLED);
  });

  it('has no /v1/* behaviours without an API', () => {
    const [distribution] = Object.values(siteOnlyTemplate.findResources('AWS::CloudFront::Distribution'));
    const patterns = (distribution?.Properties.DistributionConfig.CacheBehaviors as Behavior[]).map((b) => b.PathPattern);
    expect(patterns.sort()).toEqual(['/_mode', '/_mode.css']);
    expect(distribution?.Properties.DistributionConfig.Origins).toHaveLength(1);
  });

  it('sends /v1/* to the API over HTTPS only when an API is given', () => {
    withContentTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([Match.objectLike({ PathPattern: '/v1/*' })]),
        Origins: Match.arrayWith([
          {
            DomainName: 'abc123.execute-api.ap-east-1.amazonaws.com',
            Id: Match.anyValue(),
            CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
          },
        ]),
      }),
    });
  });

  it('caches the public results reads at the edge as their Cache-Control says, keyed by path alone, before the uncached /v1/*', () => {
    const behaviors = distributionConfig(withContentTemplate).CacheBehaviors ?? [];
    const patterns = behaviors.map((b) => b.PathPattern);
    expect(patterns.indexOf('/v1/results/*')).toBeGreaterThanOrEqual(0);
    expect(patterns.indexOf('/v1/results/*')).toBeLessThan(patterns.indexOf('/v1/*'));
    const results = behavior(withContentTemplate, '/v1/results/*') as Behavior & { AllowedMethods?: string[]; OriginRequestPolicyId?: string; TargetOriginId?: string };
    expect(results.AllowedMethods).toEqual(['GET', 'HEAD']);
    // No origin request policy: nothing of the viewer's (cookies, Authorization, Host) reaches the API from this path.
    expect(results.OriginRequestPolicyId).toBeUndefined();
    expect(results.TargetOriginId).toBe((behavior(withContentTemplate, '/v1/*') as { TargetOriginId?: string }).TargetOriginId);
    const policies = withContentTemplate.findResources('AWS::CloudFront::CachePolicy');
    const policy = policies[(results.CachePolicyId as unknown as { Ref: string }).Ref]?.Properties.CachePolicyConfig;
    expect(policy).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 0,
      MaxTTL: 60,
      ParametersInCacheKeyAndForwardedToOrigin: {
        CookiesConfig: { CookieBehavior: 'none' },
        HeadersConfig: { HeaderBehavior: 'none' },
        QueryStringsConfig: { QueryStringBehavior: 'none' },
        EnableAcceptEncodingGzip: true,
        EnableAcceptEncodingBrotli: true,
      },
    });
    expect(behavior(withContentTemplate, '/v1/*').CachePolicyId).toBe(CACHING_DISABLED);
  });

  it('uploads each site under its own prefix, invalidating only its own paths', () => {
    withContentTemplate.resourceCountIs('Custom::CDKBucketDeployment', 2);
    const deployments = Object.values(withContentTemplate.findResources('Custom::CDKBucketDeployment')).map((d) => d.Properties);
    const microsite = deployments.find((d) => d.DestinationBucketKeyPrefix === 'model-workers/');
    expect(microsite).toMatchObject({
      DestinationBucketName: { Ref: logicalId(withContent.bucket) },
      DistributionId: { Ref: logicalId(withContent.distribution) },
      DistributionPaths: ['/model-workers/*'],
      Prune: true,
    });
    expect(microsite?.Exclude).toBeUndefined();
    siteOnlyTemplate.resourceCountIs('Custom::CDKBucketDeployment', 0);
  });

  it('keeps the microsites out of the portal’s pruning, so its upload never deletes their files', () => {
    const deployments = Object.values(withContentTemplate.findResources('Custom::CDKBucketDeployment')).map((d) => d.Properties);
    const portal = deployments.find((d) => d.DestinationBucketKeyPrefix === undefined);
    expect(portal).toMatchObject({
      DestinationBucketName: { Ref: logicalId(withContent.bucket) },
      DistributionPaths: ['/*'],
      Prune: true,
      Exclude: ['model-workers/*'],
    });
  });

  it('keeps a not-yet-built microsite’s prefix out of the portal’s pruning too', () => {
    partialTemplate.resourceCountIs('Custom::CDKBucketDeployment', 1);
    partialTemplate.hasResourceProperties('Custom::CDKBucketDeployment', { Prune: true, Exclude: ['model-workers/*'], DistributionPaths: ['/*'] });
  });

  it('refuses sites whose base paths are malformed or shared', () => {
    const make = (sites: Array<{ id: string; basePath: string }>) => () => new StaticSite(new Stack(appWithCdkContext(), 'Bad', { env: REGION }), 'Site', { sites });
    expect(make([{ id: 'model-workers', basePath: '/model-workers' }])).toThrow(/base path/);
    expect(make([{ id: 'model-workers', basePath: 'model-workers/' }])).toThrow(/base path/);
    expect(make([{ id: 'a', basePath: '/' }, { id: 'b', basePath: '/' }])).toThrow(/share the basePath/);
    expect(make([{ id: 'a', basePath: '/a/' }, { id: 'a', basePath: '/b/' }])).toThrow(/share the id/);
  });

  it('keeps site and log buckets when the stack is deleted, and deletes no objects itself', () => {
    for (const template of [siteOnlyTemplate, withContentTemplate, partialTemplate]) {
      const buckets = Object.values(template.findResources('AWS::S3::Bucket'));
      expect(buckets).toHaveLength(2);
      for (const bucket of buckets) expect(bucket.DeletionPolicy).toBe('Retain');
      template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    }
  });

  it('expires access logs after the six-month retention', () => {
    siteOnlyTemplate.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 190, Status: 'Enabled' })] },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
    });
  });

  it('exposes the distribution address as an https URL', () => {
    expect(Stack.of(siteOnly).resolve(siteOnly.url)).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(siteOnly.distribution), 'DomainName'] }]],
    });
  });

  it('sets no physical names, including the deployment and the Lambda@Edge functions', () => {
    expect(physicalNames(siteOnlyTemplate)).toEqual([]);
    expect(physicalNames(withContentTemplate)).toEqual([]);
    expect(physicalNames(partialTemplate)).toEqual([]);
    expect(physicalNames(withContentEdgeTemplate)).toEqual([]);
  });

  it('passes AwsSolutions checks, including the CDK-generated deployment function in any environment', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});
