import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKubectl, type Kubectl } from '../../src/cli/kubectl.js';

export const fakeKubectlPath = join(import.meta.dirname, '..', 'fixtures', 'fake-kubectl.mjs');

export interface FakeCall {
  args: string[];
  fed: string[];
}

/** What the preflight reads from the cluster (see fixtures/fake-kubectl-cluster.mjs). */
export interface ClusterFacts {
  nodes?: number;
  storageClasses?: { name: string; provisioner: string; allowVolumeExpansion: boolean }[];
  crds?: string[];
}

export interface StoredObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  spec?: Record<string, unknown> & { replicas?: number };
}

interface StoredCluster {
  objects?: Record<string, StoredObject>;
  owners?: Record<string, string[]>;
  facts?: ClusterFacts;
}

export interface FakeCluster {
  kubectl: Kubectl;
  calls(): FakeCall[];
  state(): Record<string, StoredObject>;
  /** As the HorizontalPodAutoscaler does: the replica count, then owned by the controller. */
  scale(deployment: string, replicas: number): void;
  cleanup(): void;
}

/** The stand-in kubectl, with its own call log and cluster state in a temp dir. */
export function fakeCluster(
  mode: 'ok' | 'unreachable' = 'ok',
  facts: ClusterFacts = {},
): FakeCluster {
  const dir = mkdtempSync(join(tmpdir(), 'aneis-fake-kubectl-'));
  const log = join(dir, 'calls.jsonl');
  const stateFile = join(dir, 'state.json');
  const read = (): StoredCluster =>
    existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as StoredCluster) : {};
  const write = (stored: StoredCluster) => writeFileSync(stateFile, JSON.stringify(stored));
  write({ facts });
  process.env['FAKE_KUBECTL_LOG'] = log;
  process.env['FAKE_KUBECTL_STATE'] = stateFile;
  process.env['FAKE_KUBECTL_MODE'] = mode;
  return {
    kubectl: createKubectl(fakeKubectlPath),
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as FakeCall)
        : [],
    state: () => read().objects ?? {},
    scale: (deployment, replicas) => {
      const stored = read();
      const key = `Deployment/${deployment}`;
      const object = stored.objects?.[key];
      if (!object?.spec) throw new Error(`no ${key} to scale`);
      object.spec.replicas = replicas;
      write({ ...stored, owners: { ...stored.owners, [key]: ['kube-controller-manager'] } });
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
