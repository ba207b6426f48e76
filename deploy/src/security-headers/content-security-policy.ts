import {
  contentSecurityPolicy as webclientPolicy,
  type Webclient,
  type WebclientOrigins,
} from '@aneis/web-security';
import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { publicUrlOf } from '../manifests/public-urls.js';
import { s3LiveHost } from '../manifests/image-store.js';

/*
 * What each app's pages may load, for every place that serves them in the cluster: Traefik's
 * headers middleware (every host) and the webclients' nginx (the snippet their images include
 * in every location). The webclients' policies are @aneis/web-security's, the one place they
 * are written (the local stack serves the same), given the cluster's origins; the website's and
 * the APIs' are here.
 */

const origin = (url: string): string => new URL(url).origin;

const webclients: readonly string[] = ['shopping-webclient', 'management-webclient'];

/** The cluster's origins a webclient talks to: its API, and where product images live. */
export function webclientOrigins(app: Webclient, settings: DeploySettings): WebclientOrigins {
  const images =
    settings.imageStorage === 's3'
      ? [`https://${s3LiveHost(settings)}`]
      : [origin(publicUrlOf('management-server', settings))];
  const server = app === 'shopping-webclient' ? 'shopping-server' : 'management-server';
  return {
    api: origin(publicUrlOf(server, settings)),
    images,
    // the admin PUTs uploads straight to the image storage (a signed URL)
    ...(app === 'management-webclient' ? { uploads: images } : {}),
  };
}

const locked = [
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The Content-Security-Policy of one app's answers. */
export function contentSecurityPolicy(app: ComponentName, settings: DeploySettings): string {
  if (webclients.includes(app)) {
    return webclientPolicy(app as Webclient, webclientOrigins(app as Webclient, settings));
  }
  if (app === 'website') {
    // the same as the website's own server sends (apps/website security-headers.ts)
    return [...locked, "script-src 'self'", "style-src 'self'", "img-src 'self'"].join('; ');
  }
  // the APIs answer JSON (and images): nothing in them may load anything
  return locked.join('; ');
}
