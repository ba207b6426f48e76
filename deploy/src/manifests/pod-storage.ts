import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import { mebibytes } from './quantities.js';

/*
 * A pod's ephemeral storage is its disk-backed emptyDirs plus each container's logs (the
 * kubelet keeps up to containerLogMaxFiles × containerLogMaxSize per container, 5 × 10 MiB on
 * k3s) and writable layer (nothing: every root filesystem is read-only). When every container
 * has a limit, the kubelet evicts the pod once the whole exceeds their sum, and a container
 * once its own logs exceed its own limit: so the limits are derived from the volumes here,
 * never set by hand below what the pod may legitimately write.
 */

/** Logs the kubelet keeps per container (k3s defaults) plus room for the current file. */
export const containerLogAllowanceMi = 64;

/** The disk-backed emptyDirs' size limits, in MiB (memory-backed ones count as memory). */
export function scratchMebibytes(volumes: readonly IVolume[]): number {
  return volumes
    .filter((v) => v.emptyDir && v.emptyDir.medium !== 'Memory')
    .reduce((sum, v) => sum + mebibytes(String(v.emptyDir?.sizeLimit ?? '0Mi')), 0);
}

function withLimit(container: IContainer, limitMi: number): IContainer {
  const resources = container.resources ?? {};
  return {
    ...container,
    resources: {
      limits: { ...resources.limits, 'ephemeral-storage': `${limitMi}Mi` },
      requests: { ...resources.requests, 'ephemeral-storage': '16Mi' },
    },
  };
}

/**
 * Every container gets an ephemeral-storage limit: its logs, and for the first (main) one the
 * pod's scratch volumes too, so the sum covers everything the pod writes.
 */
export function withStorageLimits(spec: IPodSpec): IPodSpec {
  const scratch = scratchMebibytes(spec.volumes ?? []);
  const [main, ...others] = spec.containers;
  if (!main) return spec;
  return {
    ...spec,
    ...(spec.initContainers
      ? { initContainers: spec.initContainers.map((c) => withLimit(c, containerLogAllowanceMi)) }
      : {}),
    containers: [
      withLimit(main, scratch + containerLogAllowanceMi),
      ...others.map((c) => withLimit(c, containerLogAllowanceMi)),
    ],
  };
}
