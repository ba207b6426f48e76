import type { ManifestGroup } from '../manifests/kube-object.js';
import type { LiveDeployment } from './cluster-snapshot.js';
import type { DeploySettings } from '../settings/settings.js';
import { mustRun, type Kubectl } from './kubectl.js';

/*
 * An autoscaled Deployment states no replica count (its HorizontalPodAutoscaler owns it). A
 * Deployment an older release applied with `replicas` still has that field owned by our field
 * manager; leaving it out of the next server-side apply would remove it, and the Deployment
 * would drop to the default of one pod until the autoscaler noticed. So, once, the current
 * count is applied under a field manager of its own: the field then has another owner and
 * stays as it is when ours lets go (Kubernetes' documented handover to an autoscaler).
 */

export const applyFieldManager = 'aneis-deploy';
export const handoverFieldManager = 'aneis-hpa-handover';

/** Whether our field manager (a release before this one) still owns the replica count. */
export function replicasStillOurs(live: LiveDeployment | undefined): boolean {
  return (live?.metadata?.managedFields ?? []).some(
    (f) =>
      f.manager === applyFieldManager &&
      f.operation === 'Apply' &&
      f.fieldsV1?.['f:spec']?.['f:replicas'] !== undefined,
  );
}

function autoscaledDeployments(group: ManifestGroup): string[] {
  return group.objects
    .filter((o) => o.kind === 'Deployment')
    .filter((o) => (o.toJSON() as LiveDeployment).spec?.replicas === undefined)
    .map((o) => o.metadata?.name ?? '');
}

export async function handOverReplicas(
  kubectl: Kubectl,
  settings: DeploySettings,
  group: ManifestGroup,
  running: ReadonlyMap<string, LiveDeployment>,
  print: (line: string) => void,
): Promise<void> {
  const ns = settings.namespace;
  for (const name of autoscaledDeployments(group)) {
    if (!replicasStillOurs(running.get(name))) continue;
    // read again: the autoscaler may have moved since the apply began
    const result = await mustRun(kubectl, `reading deployment/${name}`, [
      'get',
      'deployment',
      name,
      '-n',
      ns,
      '-o',
      'json',
    ]);
    const replicas = (JSON.parse(result.stdout) as LiveDeployment).spec?.replicas;
    if (replicas === undefined) continue;
    print(`hand deployment/${name}'s replica count (${replicas}) over to its autoscaler`);
    await mustRun(
      kubectl,
      `handing ${name}'s replicas over to its autoscaler`,
      [
        'apply',
        '--server-side',
        `--field-manager=${handoverFieldManager}`,
        '--validate=false',
        '-f',
        '-',
      ],
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: ns },
        spec: { replicas },
      }),
    );
  }
}
