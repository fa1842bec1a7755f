import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { StaticSite } from '../lib/constructs/static-site.ts';
import { appWithCdkContext, logicalId, nagFindings, physicalNames } from './support.ts';

// Variants the app does not build: a site without an API, and one that uploads content.
let app: App;
let siteOnly: StaticSite;
let withContent: StaticSite;
let siteOnlyTemplate: Template;
let withContentTemplate: Template;

beforeAll(() => {
  const dist = mkdtempSync(join(tmpdir(), 'infra-site-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>首页</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>页面不存在</title>');

  app = appWithCdkContext();
  siteOnly = new StaticSite(new Stack(app, 'SiteOnly'), 'Site');
  withContent = new StaticSite(new Stack(app, 'WithContent'), 'Site', {
    api: { domainName: 'abc123.execute-api.ap-east-1.amazonaws.com' },
    contentPath: dist,
  });
  // Account-bound, as when deployed with credentials: asset bucket names become literals.
  new StaticSite(new Stack(app, 'AccountBound', { env: { account: '123456789012', region: 'ap-east-1' } }), 'Site', {
    contentPath: dist,
  });
  siteOnlyTemplate = Template.fromStack(Stack.of(siteOnly));
  withContentTemplate = Template.fromStack(Stack.of(withContent));
});

/** Runs the distribution's viewer-request function the way CloudFront does: `handler(event)`. */
function directoryIndex(template: Template): (uri: string) => string {
  const [fn] = Object.values(template.findResources('AWS::CloudFront::Function')) as { Properties: { FunctionCode: string } }[];
  if (!fn) throw new Error('no CloudFront function');
  const handler = new Function(`${fn.Properties.FunctionCode}\nreturn handler;`)() as (event: unknown) => { uri: string };
  return (uri) => handler({ request: { uri, method: 'GET', headers: {}, querystring: {} } }).uri;
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

  it('has no /v1/* behaviour without an API', () => {
    const [distribution] = Object.values(siteOnlyTemplate.findResources('AWS::CloudFront::Distribution'));
    expect(distribution?.Properties.DistributionConfig.CacheBehaviors).toBeUndefined();
    expect(distribution?.Properties.DistributionConfig.Origins).toHaveLength(1);
  });

  it('sends /v1/* to the API over HTTPS only when an API is given', () => {
    withContentTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [Match.objectLike({ PathPattern: '/v1/*' })],
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

  it('uploads the content folder and invalidates the whole distribution', () => {
    withContentTemplate.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: logicalId(withContent.bucket) },
      DistributionId: { Ref: logicalId(withContent.distribution) },
      DistributionPaths: ['/*'],
      Prune: true,
    });
    siteOnlyTemplate.resourceCountIs('Custom::CDKBucketDeployment', 0);
  });

  it('keeps site and log buckets when the stack is deleted, and deletes no objects itself', () => {
    for (const template of [siteOnlyTemplate, withContentTemplate]) {
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
  });

  it('passes AwsSolutions checks, including the CDK-generated deployment function in any environment', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});
