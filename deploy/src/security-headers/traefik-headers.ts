import { Middleware } from '@kubernetes-models/traefik/traefik.io/v1alpha1/Middleware';
import { topology } from '../topology/topology.js';
import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { metadataFor } from '../manifests/labels.js';
import { validated } from '../manifests/kube-object.js';
import { hstsSeconds, securityHeadersFor } from './security-headers.js';

export const headersMiddlewareName = (app: ComponentName): string => `headers-${app}`;

/**
 * Traefik's headers middleware for one app, attached to each of its routes: on every host the
 * same headers as the app's own nginx or server sends, plus HSTS, which only https can carry.
 */
export function headersMiddleware(app: ComponentName, settings: DeploySettings) {
  const headers = securityHeadersFor(app, settings);
  return validated(
    new Middleware({
      metadata: metadataFor(headersMiddlewareName(app), topology[app], settings),
      spec: {
        headers: {
          contentSecurityPolicy: headers['Content-Security-Policy'] ?? '',
          contentTypeNosniff: true,
          referrerPolicy: headers['Referrer-Policy'] ?? '',
          frameDeny: true,
          permissionsPolicy: headers['Permissions-Policy'] ?? '',
          stsSeconds: hstsSeconds,
          stsIncludeSubdomains: true,
          customResponseHeaders: {
            'Cross-Origin-Opener-Policy': headers['Cross-Origin-Opener-Policy'] ?? '',
          },
        },
      },
    }),
  );
}
