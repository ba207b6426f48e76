/** A Kubernetes size in Mi or Gi (the only units the topology uses), in MiB. */
export function mebibytes(quantity: string): number {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!match) throw new Error(`size "${quantity}" must be in Mi or Gi`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1);
}

/** A Kubernetes CPU quantity ("200m", "1", "1.5") in cores. */
export function cpuCores(quantity: string): number {
  const match = /^(\d+(?:\.\d+)?)(m?)$/.exec(quantity);
  if (!match) throw new Error(`CPU "${quantity}" must be in cores or millicores (m)`);
  return Number(match[1]) / (match[2] === 'm' ? 1000 : 1);
}

/**
 * Password hashing threads for a pod: the whole cores of its CPU limit, at least one. Left to
 * the server, it would take the node's cores (os.availableParallelism() does not see a cgroup
 * quota), and on a 16-core node a 1-CPU pod would run 16 threads of bcrypt through 1 CPU of
 * quota: every hash slowed sixteenfold, and the event loop throttled with them.
 */
export function hashThreadsFor(cpuLimit: string): number {
  return Math.max(1, Math.floor(cpuCores(cpuLimit)));
}
