import { topology } from '../topology/topology.js';
import { hostFor } from '../topology/routes.js';
import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';

/** `https://<host of the component's main exposure><its path>`, without a trailing slash. */
export function publicUrlOf(name: ComponentName, settings: DeploySettings): string {
  const exposure = topology[name].exposures[0];
  if (!exposure) throw new Error(`${name} is not exposed`);
  const path = exposure.path === '/' ? '' : exposure.path;
  return `https://${hostFor(exposure.subdomain, settings.baseDomain)}${path}`;
}
