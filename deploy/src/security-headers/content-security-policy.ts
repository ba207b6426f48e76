import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { publicUrlOf } from '../manifests/public-urls.js';
import { s3LiveHost } from '../manifests/image-store.js';

/*
 * What each app's pages may load, written once for every place that serves them: Traefik's
 * headers middleware (every host of the cluster) and the webclients' nginx (the snippet their
 * images include in every location). Nothing inline anywhere: the apps are built to need none
 * (Vue's style bindings go through the CSSOM, which CSP does not govern).
 */

export type Directives = Readonly<Record<string, readonly string[]>>;

const origin = (url: string): string => new URL(url).origin;

/** Where product images come from: the management server's own host, or the S3 bucket. */
function imageSources(settings: DeploySettings): string[] {
  const sources = [origin(publicUrlOf('management-server', settings))];
  if (settings.imageStorage === 's3') sources.push(`https://${s3LiveHost(settings)}`);
  return sources;
}

const locked: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** A single-page app: its own files, its API, product images; never framed by anyone. */
function webclient(settings: DeploySettings, api: string, extra: Directives): Directives {
  return {
    ...locked,
    'script-src': ["'self'", ...(extra['script-src'] ?? [])],
    'style-src': ["'self'"],
    'font-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...imageSources(settings)],
    'connect-src': ["'self'", api, ...(extra['connect-src'] ?? [])],
    'manifest-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    ...(extra['frame-src'] ? { 'frame-src': extra['frame-src'] } : {}),
  };
}

/** The directives of one app's Content-Security-Policy. */
export function cspDirectives(app: ComponentName, settings: DeploySettings): Directives {
  switch (app) {
    case 'shopping-webclient':
      // Stripe.js must come from Stripe (PCI), with its card frame and its API
      return webclient(settings, origin(publicUrlOf('shopping-server', settings)), {
        'script-src': ['https://js.stripe.com'],
        'connect-src': ['https://api.stripe.com'],
        'frame-src': ['https://js.stripe.com', 'https://hooks.stripe.com'],
      });
    case 'management-webclient':
      // uploads go straight to the image storage (PUT to a signed URL)
      return webclient(settings, origin(publicUrlOf('management-server', settings)), {
        'connect-src': imageSources(settings).slice(1),
      });
    case 'website':
      // the same as the website's own server sends (apps/website security-headers.ts)
      return {
        ...locked,
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'"],
      };
    default:
      // the APIs answer JSON (and images): nothing in them may load anything
      return locked;
  }
}

export function contentSecurityPolicy(app: ComponentName, settings: DeploySettings): string {
  return Object.entries(cspDirectives(app, settings))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
