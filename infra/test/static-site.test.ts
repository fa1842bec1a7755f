import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { VIEWER_REQUEST_FUNCTION_CODE } from '@union/config/edge';
import { SITE_CONTENT_SECURITY_POLICY, StaticSite } from '../lib/constructs/static-site.ts';
import { appWithCdkContext, logicalId, nagFindings, physicalNames } from './support.ts';

// Variants the app does not build: a site without an API, one that uploads two sites, and one
// whose microsite has no build yet.
let app: App;
let siteOnly: StaticSite;
let withContent: StaticSite;
let siteOnlyTemplate: Template;
let withContentTemplate: Template;
let partialTemplate: Template;

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
  siteOnly = new StaticSite(new Stack(app, 'SiteOnly'), 'Site');
  withContent = new StaticSite(new Stack(app, 'WithContent'), 'Site', {
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
  const partial = new StaticSite(new Stack(app, 'MicrositeNotBuilt'), 'Site', {
    sites: [
      { id: 'portal', basePath: '/', contentPath: portalDist },
      { id: 'model-workers', basePath: '/model-workers/' },
    ],
  });
  siteOnlyTemplate = Template.fromStack(Stack.of(siteOnly));
  withContentTemplate = Template.fromStack(Stack.of(withContent));
  partialTemplate = Template.fromStack(Stack.of(partial));
});

type Behavior = { PathPattern?: string; CachePolicyId?: string; ResponseHeadersPolicyId?: unknown; FunctionAssociations?: Array<{ EventType: string; FunctionARN: unknown }> };

function distributionConfig(template: Template): { DefaultCacheBehavior: Behavior; CacheBehaviors?: Behavior[] } {
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

  it('maps both 403 and 404 to /404.html when no API shares the distribution', () => {
    siteOnlyTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CustomErrorResponses: [
          Match.objectLike({ ErrorCode: 403, ResponseCode: 404, ResponsePagePath: '/404.html' }),
          Match.objectLike({ ErrorCode: 404, ResponseCode: 404, ResponsePagePath: '/404.html' }),
        ],
      }),
    });
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

  it('has no /v1/* behaviour without an API', () => {
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
    const make = (sites: Array<{ id: string; basePath: string }>) => () => new StaticSite(new Stack(appWithCdkContext(), 'Bad'), 'Site', { sites });
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

  it('sets no physical names, including the deployment function', () => {
    expect(physicalNames(siteOnlyTemplate)).toEqual([]);
    expect(physicalNames(withContentTemplate)).toEqual([]);
    expect(physicalNames(partialTemplate)).toEqual([]);
  });

  it('passes AwsSolutions checks, including the CDK-generated deployment function in any environment', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});
