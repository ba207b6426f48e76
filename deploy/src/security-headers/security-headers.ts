import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { contentSecurityPolicy } from './content-security-policy.js';

/** One year: browsers remember to use https only, for every host under the base domain. */
export const hstsSeconds = 31_536_000;

/**
 * The headers every answer of an app carries, wherever it is served from. HSTS is left to
 * Traefik: it only means something on https, which only Traefik speaks.
 */
export function securityHeadersFor(
  app: ComponentName,
  settings: DeploySettings,
): Record<string, string> {
  // only the shop takes payments (Stripe), which may open its own windows for 3-D Secure
  const shop = app === 'shopping-webclient';
  return {
    'Content-Security-Policy': contentSecurityPolicy(app, settings),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': shop ? 'same-origin-allow-popups' : 'same-origin',
    'Permissions-Policy': `camera=(), microphone=(), geolocation=(), payment=(${shop ? 'self' : ''})`,
  };
}
