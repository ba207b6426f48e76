import { webclientSecurityHeaders, type Webclient } from '@aneis/web-security';
import type { ComponentName } from '@aneis/deploy';
import type { SharedServerEnv } from './server-env.js';

const WEBCLIENTS: ReadonlySet<string> = new Set<Webclient>([
  'shopping-webclient',
  'management-webclient',
]);

/**
 * The security headers of a webclient's static server, with this run's origins: each app calls
 * the server on its sibling host, and product images (and the admin's uploads) live on the
 * management server, which keeps them on disk locally. Other components get none.
 */
export function webclientHeaders(
  component: ComponentName,
  shared: Pick<SharedServerEnv, 'shoppingOrigin' | 'managementOrigin'>,
): Readonly<Record<string, string>> {
  if (!WEBCLIENTS.has(component)) return {};
  const app = component as Webclient;
  const images = [shared.managementOrigin];
  return webclientSecurityHeaders(app, {
    api: app === 'shopping-webclient' ? shared.shoppingOrigin : shared.managementOrigin,
    images,
    uploads: app === 'management-webclient' ? images : [],
  });
}
