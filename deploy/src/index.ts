export { topology, componentList, clientsOf, portOf } from './topology/topology.js';
export {
  routesFor,
  hostnamesFor,
  hostFor,
  pathMatches,
  type EdgeRoute,
} from './topology/routes.js';
export {
  componentNames,
  type ComponentName,
  type ComponentKind,
  type ComponentSpec,
  type ExposureSpec,
  type HealthSpec,
  type PortSpec,
  type ResourceSpec,
  type StorageSpec,
  type Topology,
} from './topology/topology-types.js';
export { defaultSettings, settingSources, type DeploySettings } from './settings/settings.js';
export { resolveSettings, imageRef, type ResolvedArgs } from './settings/resolve-settings.js';
