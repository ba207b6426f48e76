import type { IPodSecurityContext } from 'kubernetes-models/v1/PodSecurityContext';
import type { ISecurityContext } from 'kubernetes-models/v1/SecurityContext';

/**
 * Non-root with a fixed uid: our images create the user, and the official ones already have
 * it (mongodb 999, redis 999). fsGroup makes mounted volumes writable for that group.
 */
export function podSecurityContext(uid: number): IPodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: uid,
    fsGroup: uid,
    fsGroupChangePolicy: 'OnRootMismatch',
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

export function containerSecurityContext(readOnlyRootFilesystem = true): ISecurityContext {
  return {
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem,
    runAsNonRoot: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** The uid each image runs as (see docker/). */
export const imageUid = { node: 1000, nginx: 101, mongodb: 999, redis: 999, rsyslog: 10001 };
