import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { StaticSite } from '../constructs/static-site.ts';

export interface PortalStackProps extends StackProps {
  /** Host name of the participation API, served under `/v1/*` of the portal's own origin. */
  readonly apiDomainName: string;
  /** The portal's built `dist/`; omitted, the stack creates the site without uploading content. */
  readonly contentPath?: string;
}

/** Deployment unit of the campaign portal: the static site in front of the participation API. */
export class PortalStack extends Stack {
  readonly site: StaticSite;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    this.site = new StaticSite(this, 'Site', {
      api: { domainName: props.apiDomainName },
      contentPath: props.contentPath,
    });
  }
}
