import { Service } from 'kubernetes-models/v1/Service';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { metadataFor, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';
import { headlessServiceName } from './names.js';

function servicePorts(component: ComponentSpec) {
  return component.ports.map((p) => ({
    name: p.name,
    protocol: p.protocol,
    port: p.servicePort,
    targetPort: p.name,
  }));
}

/** The address clients use: `<name>:<servicePort>` → the pods' named container port. */
export function clusterService(component: ComponentSpec, settings: DeploySettings) {
  return validated(
    new Service({
      metadata: metadataFor(component.name, component, settings),
      spec: {
        type: 'ClusterIP',
        selector: selectorLabels(component),
        ports: servicePorts(component),
      },
    }),
  );
}

/**
 * Stable per-member DNS names for a StatefulSet. Not-ready members are published too: replica
 * set members and Sentinels must find each other before any of them is ready.
 */
export function headlessService(component: ComponentSpec, settings: DeploySettings) {
  return validated(
    new Service({
      metadata: metadataFor(headlessServiceName(component.name), component, settings),
      spec: {
        clusterIP: 'None',
        publishNotReadyAddresses: true,
        selector: selectorLabels(component),
        ports: servicePorts(component),
      },
    }),
  );
}
