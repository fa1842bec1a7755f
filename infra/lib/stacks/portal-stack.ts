import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { StaticSite, type StaticSiteContent } from '../constructs/static-site.ts';

export interface PortalStackProps extends StackProps {
  /** Host name of the participation API, served under `/v1/*` of the portal's own origin. */
  readonly apiDomainName: string;
  /** Every site of the registry with its base path, and its built `dist/` where there is one to upload. */
  readonly sites?: readonly StaticSiteContent[];
}

/**
 * Deployment unit of the public sites: the portal at `/` and every microsite under its base path,
 * on one origin in front of the participation API (so 长辈模式's cookie covers them all).
 */
export class PortalStack extends Stack {
  readonly site: StaticSite;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    this.site = new StaticSite(this, 'Site', {
      api: { domainName: props.apiDomainName },
      sites: props.sites,
    });
  }
}
