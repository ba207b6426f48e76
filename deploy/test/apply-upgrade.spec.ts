import { allObjects, buildRelease } from '../src/manifests/release.js';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { runApply } from '../src/cli/run-apply.js';
import { planMigrations } from '../src/cli/statefulset-migration.js';
import { runSecrets } from '../src/cli/run-secrets.js';
import { defaultSettings, type DeploySettings } from '../src/settings/settings.js';
import { createTlsSecret } from './support/cluster-setup.js';
import { fakeCluster, type ClusterFacts, type FakeCluster } from './support/fake-kubectl.js';

/*
 * deploy:apply over what an earlier release left in the cluster. The stand-in kubectl refuses
 * what the API server refuses (a StatefulSet's claim templates changed in place) and resets a
 * replica count nobody owns any more, as server-side apply does.
 */

const settings: DeploySettings = { ...defaultSettings, tag: '1.0.1' };
let cluster: FakeCluster;
let printed: string[];
const print = (line: string) => printed.push(line);

beforeEach(() => {
  printed = [];
});
afterEach(() => cluster.cleanup());

interface Plain {
  kind: string;
  metadata: { name: string };
  spec?: {
    replicas?: number;
    volumeClaimTemplates?: {
      metadata: { labels: Record<string, string> };
      spec: { storageClassName?: string; resources: { requests: { storage: string } } };
    }[];
  };
}

/** The release as the generator before this one wrote it. */
function earlierRelease(storageClass = 'longhorn'): Plain[] {
  const oldSizes: Record<string, string> = { mongodb: '2Gi', redis: '256Mi', rsyslog: '50Mi' };
  return allObjects(buildRelease({ ...settings, tag: '1.0.0' })).map((o) => {
    const plain = JSON.parse(JSON.stringify(o.toJSON())) as Plain;
    if (plain.kind === 'Deployment') plain.spec = { ...plain.spec, replicas: 3 };
    if (plain.kind !== 'StatefulSet' || !plain.spec) return plain;
    const size = oldSizes[plain.metadata.name];
    if (!size) return { ...plain, spec: { ...plain.spec, volumeClaimTemplates: [] } };
    for (const t of plain.spec.volumeClaimTemplates ?? []) {
      t.metadata.labels['app.kubernetes.io/version'] = '1.0.0';
      t.spec.resources.requests.storage = size;
      t.spec.storageClassName = storageClass;
    }
    return plain;
  });
}

async function clusterWithEarlierRelease(facts: ClusterFacts = {}, storageClass = 'longhorn') {
  cluster = fakeCluster('ok', facts);
  await runSecrets({ settings, kubectl: cluster.kubectl, given: {}, dryRun: false, print });
  await createTlsSecret(cluster);
  const old = earlierRelease(storageClass);
  const result = await cluster.kubectl(
    ['apply', '--server-side', '--field-manager=aneis-deploy', '--force-conflicts', '-f', '-'],
    old.map((o) => JSON.stringify(o)).join('\n---\n'),
  );
  if (result.code !== 0) throw new Error(result.stderr);
}

const apply = () =>
  runApply({ settings, kubectl: cluster.kubectl, dryRun: false, timeout: '30s', print });

describe('deploy:apply over an earlier release', () => {
  // one apply (a slow thing on a busy machine) over the earlier release, both rules checked
  it('when the earlier release set replicas and other claim templates, then autoscaled counts stay and the StatefulSets are re-created around their pods and grown volumes', async () => {
    await clusterWithEarlierRelease();
    cluster.scale('shopping-server', 5);
    await apply();
    const replicas = (name: string) => cluster.state()[`Deployment/${name}`]?.spec?.replicas;
    // scaled out by its autoscaler: left as it is
    expect(replicas('shopping-server')).toBe(5);
    // still at the count the earlier apply set: handed over, not reset to one
    expect(replicas('management-server')).toBe(3);
    expect(printed).toContain(
      "hand deployment/management-server's replica count (3) over to its autoscaler",
    );
    expect(printed.some((l) => l.includes("deployment/shopping-server's replica"))).toBe(false);
    const calls = cluster.calls();
    const orphaned = calls
      .filter((c) => c.args[0] === 'delete' && c.args[1] === 'statefulset')
      .map((c) => c.args[2]);
    expect(orphaned.sort()).toEqual(['mongodb', 'redis', 'redis-sentinel', 'rsyslog']);
    for (const c of calls.filter((x) => x.args[0] === 'delete' && x.args[1] === 'statefulset')) {
      expect(c.args).toContain('--cascade=orphan');
    }
    const state = cluster.state();
    const size = (claim: string) =>
      (
        state[`PersistentVolumeClaim/${claim}`]?.spec as {
          resources: { requests: { storage: string } };
        }
      )?.resources.requests.storage;
    expect([0, 1, 2].map((i) => size(`data-mongodb-${i}`))).toEqual(['4Gi', '4Gi', '4Gi']);
    expect([0, 1, 2].map((i) => size(`data-redis-${i}`))).toEqual(['512Mi', '512Mi', '512Mi']);
    expect(size('data-redis-sentinel-0')).toBe('64Mi');
    expect(printed).toContain('grow pvc/data-mongodb-0 to 4Gi');
    // and what is there now is what the release says: the next apply re-creates nothing
    const running = new Map(
      Object.values(state)
        .filter((o) => o.kind === 'StatefulSet')
        .map((o) => [o.metadata.name, o as IStatefulSet]),
    );
    expect(planMigrations(running, buildRelease(settings), { expandable: () => true })).toEqual([]);
  }, 120_000);

  it('when volumes cannot grow on their storage class, then the preflight says so and nothing is applied', async () => {
    await clusterWithEarlierRelease({}, 'local-path');
    const before = cluster.calls().length;
    const error = (await apply().catch((e: unknown) => e)) as Error;
    expect(error.message).toContain(
      'StatefulSet mongodb keeps its data volumes on storage class local-path, not longhorn: moving the data is for a person to do (or keep --storage-class local-path).',
    );
    expect(
      cluster
        .calls()
        .slice(before)
        .some((c) => c.args[0] !== 'get' && c.args[0] !== 'version'),
    ).toBe(false);
  });
});

describe('deploy:apply preflight', () => {
  it('when the cluster cannot run the release, then each problem is one sentence and nothing is touched', async () => {
    cluster = fakeCluster('ok', {
      nodes: 2,
      crds: ['ingressroutes.traefik.io'],
      storageClasses: [
        { name: 'local-path', provisioner: 'rancher.io/local-path', allowVolumeExpansion: false },
      ],
    });
    const error = (await runApply({
      settings: { ...defaultSettings, sharedStorageClass: 'local-path' },
      kubectl: cluster.kubectl,
      dryRun: false,
      timeout: '30s',
      print,
    }).catch((e: unknown) => e)) as Error;
    expect(error.message.split('\n')).toEqual([
      'Storage class longhorn does not exist (the cluster has: local-path); install it (Longhorn) or pass --storage-class.',
      'Storage class local-path (rancher.io/local-path) cannot give the image volume ReadWriteMany; pass --shared-storage-class with one that can (Longhorn, NFS) or --image-storage s3.',
      'The cluster has 2 schedulable nodes but --affinity required puts each of the 3 members of MongoDB, Redis and the Sentinels on its own node; add nodes or pass --affinity preferred.',
      "Traefik's CRDs middlewares.traefik.io are not installed: the routes need Traefik v3 (k3s bundles it; check it was not disabled).",
      'Secrets mongodb-credentials, redis-credentials, shopping-server-secrets, management-server-secrets are missing or incomplete in namespace gic-asenhoradosaneis: run `nx run deploy:secrets` first.',
      'TLS Secret aneis-tls is missing in namespace gic-asenhoradosaneis: create it (kubectl create secret tls aneis-tls …) or pass --tls-secret.',
      'Image tag "latest" names no fixed build, so nodes could run different ones: pass --tag with the tag deploy:images pushed.',
    ]);
    expect(cluster.calls().every((c) => c.args[0] === 'get' || c.args[0] === 'version')).toBe(true);
  });
});
