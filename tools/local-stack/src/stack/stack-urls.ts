import { hostFor } from '@aneis/deploy';
import { originFor } from './server-env.js';

/** The mail viewer's host: local only, so it is not in the topology the cluster is made from. */
export const MAIL_VIEWER_SUBDOMAIN = 'mail';

export interface StackUrls {
  readonly website: string;
  readonly storefront: string;
  readonly admin: string;
  readonly shoppingApi: string;
  readonly managementApi: string;
  readonly mailViewer: string;
}

/** The addresses a browser uses, the same hosts and paths as in the cluster. */
export function stackUrls(baseDomain: string, edgePort: number): StackUrls {
  const web = originFor(baseDomain, edgePort);
  return {
    website: `${web}/`,
    storefront: `${web}/shopping/`,
    admin: `${web}/management/`,
    shoppingApi: `${originFor(hostFor('shopping', baseDomain), edgePort)}/`,
    managementApi: `${originFor(hostFor('management', baseDomain), edgePort)}/`,
    mailViewer: `${originFor(hostFor(MAIL_VIEWER_SUBDOMAIN, baseDomain), edgePort)}/`,
  };
}
