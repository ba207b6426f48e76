import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { metadataFor, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';

/**
 * Scales on CPU between the topology's replica count (never fewer) and its maximum. It owns
 * the Deployment's replica count: the Deployment states none (stateless-workload.ts).
 */
export function autoscalerFor(component: ComponentSpec, settings: DeploySettings) {
  const maxReplicas = component.maxReplicas ?? component.replicas;
  return validated(
    new HorizontalPodAutoscaler({
      metadata: metadataFor(component.name, component, settings),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: component.workload, name: component.name },
        minReplicas: component.replicas,
        maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: {
              name: 'cpu',
              target: {
                type: 'Utilization',
                averageUtilization: component.autoscaleCpuPercent ?? 70,
              },
            },
          },
        ],
      },
    }),
  );
}

/**
 * A voluntary disruption (node drain, upgrade) may take one pod at a time; quorum-based
 * components (MongoDB, Sentinel) keep their majority that way.
 */
export function disruptionBudgetFor(component: ComponentSpec, settings: DeploySettings) {
  return validated(
    new PodDisruptionBudget({
      metadata: metadataFor(component.name, component, settings),
      spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(component) } },
    }),
  );
}
