import { Namespace } from 'kubernetes-models/v1/Namespace';
import type { DeploySettings } from '../settings/settings.js';
import { releaseLabels } from './labels.js';
import { validated } from './kube-object.js';

/** Pod Security Admission enforces the `restricted` profile our pods are written to meet. */
export function namespaceFor(settings: DeploySettings) {
  return validated(
    new Namespace({
      metadata: {
        name: settings.namespace,
        labels: {
          ...releaseLabels(settings),
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
        },
      },
    }),
  );
}
