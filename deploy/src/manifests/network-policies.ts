import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyEgressRule } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyEgressRule';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { INetworkPolicyPort } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort';
import { clientsOf, topology } from '../topology/topology.js';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { s3EndpointPort } from './image-store.js';
import { metadataFor, releaseLabels, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';

const namespaceKey = 'kubernetes.io/metadata.name';

/** Policies see the pod's port (after the Service's translation), so these are container ports. */
function portsOf(component: ComponentSpec): INetworkPolicyPort[] {
  return component.ports.map((p) => ({ protocol: p.protocol, port: p.containerPort }));
}

function peer(name: string): INetworkPolicyPeer {
  return { podSelector: { matchLabels: selectorLabels({ name }) } };
}

function traefikPeer(settings: DeploySettings): INetworkPolicyPeer {
  const [key = '', value = ''] = settings.traefik.podLabel.split('=');
  return {
    namespaceSelector: { matchLabels: { [namespaceKey]: settings.traefik.namespace } },
    podSelector: { matchLabels: { [key]: value } },
  };
}

const dnsEgress: INetworkPolicyEgressRule = {
  to: [
    {
      namespaceSelector: { matchLabels: { [namespaceKey]: 'kube-system' } },
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    },
  ],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};

/** Ports outside the cluster, to any address: the providers' addresses are not known ahead. */
function externalEgress(
  component: ComponentSpec,
  settings: DeploySettings,
): INetworkPolicyEgressRule[] {
  const ports = new Set(component.externalPorts ?? []);
  const s3Port = component.sharedStorage ? s3EndpointPort(settings) : undefined;
  if (ports.size > 0 && s3Port !== undefined) ports.add(s3Port);
  if (ports.size === 0) return [];
  return [
    {
      to: [{ ipBlock: { cidr: '0.0.0.0/0' } }, { ipBlock: { cidr: '::/0' } }],
      ports: [...ports].sort((a, b) => a - b).map((port) => ({ protocol: 'TCP', port })),
    },
  ];
}

/** Nothing in the namespace talks or listens unless a policy below says so. */
export function defaultDenyPolicy(settings: DeploySettings) {
  return validated(
    new NetworkPolicy({
      metadata: {
        name: 'default-deny',
        namespace: settings.namespace,
        labels: releaseLabels(settings),
      },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    }),
  );
}

/**
 * Exactly the flows the topology declares: its clients (and Traefik, when exposed) may reach
 * its ports; it may reach the ports of what it talks to, and DNS. `extraClients` are pods that
 * are not components (the replica-set init Job).
 */
export function networkPolicyFor(
  component: ComponentSpec,
  settings: DeploySettings,
  extraClients: readonly string[] = [],
) {
  const from = [...clientsOf(component.name), ...extraClients].map(peer);
  if (component.exposures.length > 0) from.push(traefikPeer(settings));
  const egress = [
    dnsEgress,
    ...component.talksTo.map((name) => ({ to: [peer(name)], ports: portsOf(topology[name]) })),
    ...externalEgress(component, settings),
  ];
  return validated(
    new NetworkPolicy({
      metadata: metadataFor(component.name, component, settings),
      spec: {
        podSelector: { matchLabels: selectorLabels(component) },
        policyTypes: ['Ingress', 'Egress'],
        ingress: from.length > 0 ? [{ from, ports: portsOf(component) }] : [],
        egress,
      },
    }),
  );
}

/** A pod that only dials one component (and DNS), and accepts nothing. */
export function clientOnlyPolicy(
  name: string,
  target: ComponentSpec,
  owner: ComponentSpec,
  settings: DeploySettings,
) {
  return validated(
    new NetworkPolicy({
      metadata: metadataFor(name, owner, settings),
      spec: {
        podSelector: { matchLabels: selectorLabels({ name }) },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [],
        egress: [dnsEgress, { to: [peer(target.name)], ports: portsOf(target) }],
      },
    }),
  );
}
