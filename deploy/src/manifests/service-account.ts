import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { metadataFor } from './labels.js';
import { validated } from './kube-object.js';
import { serviceAccountName } from './names.js';

/** One identity per component; none of our programs talks to the Kubernetes API. */
export function serviceAccountFor(component: ComponentSpec, settings: DeploySettings) {
  return validated(
    new ServiceAccount({
      metadata: metadataFor(serviceAccountName(component.name), component, settings),
      automountServiceAccountToken: false,
    }),
  );
}
