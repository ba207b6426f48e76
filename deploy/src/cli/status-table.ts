import type { Kubectl } from './kubectl.js';
import { mustRun } from './kubectl.js';

interface WorkloadStatus {
  kind: string;
  metadata: { name: string };
  spec?: { replicas?: number };
  status?: { readyReplicas?: number; updatedReplicas?: number };
}

/** A short table of every workload: desired, ready and up-to-date pods. */
export async function statusTable(kubectl: Kubectl, namespace: string): Promise<string> {
  const { stdout } = await mustRun(kubectl, 'reading the rollout status', [
    'get',
    'deployments,statefulsets',
    '-n',
    namespace,
    '-o',
    'json',
  ]);
  const items = (JSON.parse(stdout) as { items?: WorkloadStatus[] }).items ?? [];
  const rows = items.map((w) => {
    const desired = w.spec?.replicas ?? 0;
    const ready = w.status?.readyReplicas ?? 0;
    return [
      `${w.kind.toLowerCase()}/${w.metadata.name}`,
      `${ready}/${desired}`,
      String(w.status?.updatedReplicas ?? 0),
      ready >= desired ? 'ok' : 'NOT READY',
    ];
  });
  return formatTable([['WORKLOAD', 'READY', 'UP-TO-DATE', 'STATE'], ...rows]);
}

export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
