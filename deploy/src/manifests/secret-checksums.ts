import { createHash } from 'node:crypto';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { KubeObject, ManifestGroup } from './kube-object.js';

/*
 * Pods read Secrets once, at start. So that a rotated password rolls the pods that use it,
 * each workload's pod template carries a digest of the Secrets it reads; deploy:apply computes
 * them from the cluster's Secrets (values never leave the process, only their digests do).
 */

/** A digest of each Secret's data, by Secret name. */
export type SecretDigests = Readonly<Record<string, string>>;

export const secretChecksumAnnotation = 'checksum/secrets';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Order-independent digest of one Secret's decoded data. */
export function digestSecretData(data: Readonly<Record<string, string>>): string {
  const entries = Object.entries(data).sort(([a], [b]) => a.localeCompare(b));
  return sha256(JSON.stringify(entries));
}

/** Every Secret a pod reads: env, envFrom and volumes, of every container. */
export function secretsReadBy(spec: IPodSpec): string[] {
  const names = new Set<string>();
  for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
    for (const e of c.env ?? []) {
      const name = e.valueFrom?.secretKeyRef?.name;
      if (name) names.add(name);
    }
    for (const from of c.envFrom ?? []) if (from.secretRef?.name) names.add(from.secretRef.name);
  }
  for (const v of spec.volumes ?? []) if (v.secret?.secretName) names.add(v.secret.secretName);
  return [...names].sort();
}

interface WithPodTemplate {
  spec?: { template?: IPodTemplateSpec };
}

function podTemplateOf(object: KubeObject): IPodTemplateSpec | undefined {
  if (object.kind !== 'Deployment' && object.kind !== 'StatefulSet') return undefined;
  return (object as unknown as WithPodTemplate).spec?.template;
}

/**
 * Adds the Secrets' digest to every Deployment's and StatefulSet's pod template (Jobs run anew
 * on each apply anyway). Nothing is added without digests (`deploy:manifests`, offline).
 */
export function annotateSecretChecksums(groups: readonly ManifestGroup[], digests: SecretDigests) {
  if (Object.keys(digests).length === 0) return;
  for (const object of groups.flatMap((g) => g.objects)) {
    const template = podTemplateOf(object);
    if (!template?.spec) continue;
    const read = secretsReadBy(template.spec);
    if (read.length === 0) continue;
    const value = sha256(read.map((name) => `${name}=${digests[name] ?? 'absent'}`).join('\n'));
    template.metadata = {
      ...template.metadata,
      annotations: { ...template.metadata?.annotations, [secretChecksumAnnotation]: value },
    };
    object.validate();
  }
}
