import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';

export const partOf = 'a-senhora-dos-aneis';

const componentRole: Record<ComponentSpec['kind'], string> = {
  web: 'frontend',
  server: 'backend',
  mongodb: 'database',
  redis: 'cache',
  'redis-sentinel': 'cache-sentinel',
  rsyslog: 'logging',
};

/** The labels a Service or workload selects on: stable across releases and versions. */
export function selectorLabels(component: { readonly name: string }): Record<string, string> {
  return { 'app.kubernetes.io/name': component.name, 'app.kubernetes.io/instance': partOf };
}

/**
 * Labels that never change between releases: what Kubernetes keeps for good once created (a
 * StatefulSet's volumeClaimTemplates) may carry only these, or the next release is refused.
 */
export function stableLabels(
  component: Pick<ComponentSpec, 'name' | 'kind'>,
): Record<string, string> {
  return {
    ...selectorLabels(component),
    'app.kubernetes.io/component': componentRole[component.kind],
    'app.kubernetes.io/part-of': partOf,
    'app.kubernetes.io/managed-by': 'aneis-deploy',
  };
}

/** The recommended app.kubernetes.io/* labels carried by every object of a component. */
export function componentLabels(
  component: Pick<ComponentSpec, 'name' | 'kind'>,
  settings: DeploySettings,
): Record<string, string> {
  return { ...stableLabels(component), 'app.kubernetes.io/version': settings.tag };
}

/** Labels for objects that belong to the release as a whole (Namespace, shared policies). */
export function releaseLabels(settings: DeploySettings): Record<string, string> {
  return {
    'app.kubernetes.io/name': partOf,
    'app.kubernetes.io/instance': partOf,
    'app.kubernetes.io/part-of': partOf,
    'app.kubernetes.io/version': settings.tag,
    'app.kubernetes.io/managed-by': 'aneis-deploy',
  };
}

export function metadataFor(
  name: string,
  component: Pick<ComponentSpec, 'name' | 'kind'>,
  settings: DeploySettings,
): { name: string; namespace: string; labels: Record<string, string> } {
  return { name, namespace: settings.namespace, labels: componentLabels(component, settings) };
}
