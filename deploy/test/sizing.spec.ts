import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { mongoDiskBudgetMiB } from '../src/manifests/mongodb-sizing.js';
import { measuredServerCpu } from '../src/topology/measured-cpu.js';
import { ofKind, plainRelease, podTemplates, workload } from './support/release-objects.js';

/*
 * Sized to last: what each program may write or hold is read from the generated config and
 * compared with the volume or limit that has to hold it.
 */

const objects = plainRelease();
const mib = (quantity: unknown): number => {
  const match = /^(\d+)(Mi|Gi)$/.exec(String(quantity));
  if (!match) throw new Error(`size "${String(quantity)}" is not in Mi or Gi`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1);
};
const millicores = (quantity: unknown): number => {
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) : Number(text) * 1000;
};
const claimSize = (name: string) =>
  mib(
    workload<IStatefulSet>(objects, name).spec?.volumeClaimTemplates?.[0]?.spec?.resources
      ?.requests?.['storage'],
  );
const container = (name: string) =>
  workload<IStatefulSet>(objects, name).spec?.template.spec?.containers[0];
const configData = (name: string) =>
  objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name)?.data ?? {};

/**
 * What a non-root program can write on ext4 as mkfs makes it: 5 % reserved for root, ~1 %
 * bitmaps and descriptors, inode tables (a filesystem under 512 MiB gets an inode per 4 KiB,
 * larger ones per 16 KiB, 256 bytes each) and the journal (by block count).
 */
function writableMiB(volume: number): number {
  const small = volume < 512;
  const inodes = small ? 256 / 4096 : 256 / 16384;
  const journal = small ? 4 : volume < 1024 ? 16 : volume < 4096 ? 64 : 128;
  return volume * (1 - 0.05 - 0.01 - inodes) - journal;
}

describe('MongoDB', () => {
  it('when mongod starts, then its oplog and diagnostics are bounded and its volume holds them with the journal and data', () => {
    const args = container('mongodb')?.args ?? [];
    const oplog = Number(args[args.indexOf('--oplogSize') + 1]);
    expect(oplog).toBeGreaterThanOrEqual(990); // what replSetResizeOplog accepts at least
    expect(args).toContain(
      `diagnosticDataCollectionDirectorySizeMB=${mongoDiskBudgetMiB.diagnostics}`,
    );
    const journal = 300; // WiredTiger: up to three 100 MB files
    const needed = oplog + journal + mongoDiskBudgetMiB.diagnostics + mongoDiskBudgetMiB.data;
    expect(writableMiB(claimSize('mongodb'))).toBeGreaterThanOrEqual(needed);
  });
});

describe('Redis', () => {
  const conf = configData('redis-config')['redis.conf'] ?? '';
  const setting = (name: string) => new RegExp(`^${name} (.+)$`, 'm').exec(conf)?.[1]?.trim() ?? '';
  const megabytes = (text: string) => Number(/^(\d+)mb$/.exec(text)?.[1] ?? NaN);

  it('when Redis persists, then it uses one mode: the append-only file, no RDB snapshots', () => {
    expect(setting('appendonly')).toBe('yes');
    expect(setting('save')).toBe('""');
  });

  it('when a fork copies the dataset, then the memory limit holds it twice with the buffers', () => {
    const maxmemory = megabytes(setting('maxmemory'));
    const backlog = megabytes(setting('repl-backlog-size'));
    const replicaLimit = megabytes(
      setting('client-output-buffer-limit replica').split(' ')[0] ?? '',
    );
    const replicas = workload<IStatefulSet>(objects, 'redis').spec?.replicas ?? 3;
    const needed = 2 * maxmemory + backlog + (replicas - 1) * replicaLimit + 16;
    expect(mib(container('redis')?.resources?.limits?.['memory'])).toBeGreaterThanOrEqual(needed);
  });

  it('when the append-only file is rewritten, then the volume holds three times the dataset', () => {
    const maxmemory = megabytes(setting('maxmemory'));
    expect(setting('auto-aof-rewrite-percentage')).toBe('100');
    expect(writableMiB(claimSize('redis'))).toBeGreaterThanOrEqual(3 * maxmemory);
  });

  it('when a Sentinel restarts, then the volume it keeps its state on is still there', () => {
    const mounts = container('redis-sentinel')?.volumeMounts ?? [];
    const claims = workload<IStatefulSet>(objects, 'redis-sentinel').spec?.volumeClaimTemplates;
    expect(claims?.map((c) => c.metadata?.name)).toEqual(['data']);
    expect(mounts.find((m) => m.name === 'data')?.mountPath).toBe('/data');
  });
});

describe('rsyslog', () => {
  it('when every source fills its file and its rotated copy, then the 50 Mi volume holds them all', () => {
    const conf = configData('rsyslog-config')['rsyslog.conf'] ?? '';
    const channels = [...conf.matchAll(/^\$outchannel [^,]+,[^,]+,(\d+),/gm)].map((m) =>
      Number(m[1]),
    );
    expect(channels.length).toBeGreaterThanOrEqual(8);
    const total = channels.reduce((sum, bytes) => sum + 2 * bytes, 0) / (1024 * 1024);
    expect(total).toBeLessThanOrEqual(writableMiB(claimSize('rsyslog')));
    // and uses it: no more than a fifth is left idle
    expect(total).toBeGreaterThan(writableMiB(claimSize('rsyslog')) * 0.8);
  });
});

describe('ephemeral storage', () => {
  const logAllowance = 50; // the kubelet keeps 5 files of 10 MiB per container (k3s)

  it("when a pod writes its scratch volumes and logs, then its containers' limits hold all of it", () => {
    for (const pod of podTemplates(objects)) {
      const containers = [...pod.spec.containers];
      const scratch = (pod.spec.volumes ?? [])
        .filter((v) => v.emptyDir && v.emptyDir.medium !== 'Memory')
        .reduce((sum, v) => sum + mib(v.emptyDir?.sizeLimit), 0);
      const limits = containers.map((c) => c.resources?.limits?.['ephemeral-storage']);
      for (const [i, limit] of limits.entries()) {
        expect(limit, `${pod.owner}/${containers[i]?.name}`).toBeDefined();
        expect(mib(limit), `${pod.owner}/${containers[i]?.name}`).toBeGreaterThanOrEqual(
          logAllowance,
        );
      }
      const sum = limits.reduce<number>((total, l) => total + mib(l), 0);
      expect(sum, pod.owner).toBeGreaterThanOrEqual(scratch + containers.length * logAllowance);
    }
  });
});

describe('autoscaling', () => {
  it('when a server is idle or as busy as measured, then its autoscaler does not add pods', () => {
    const scalers = ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler');
    const busiest = Math.max(...measuredServerCpu.loaded.map((l) => l.millicores));
    for (const name of ['shopping-server', 'management-server']) {
      const d = ofKind<IDeployment>(objects, 'Deployment').find((x) => x.metadata.name === name);
      const request = millicores(
        d?.spec?.template.spec?.containers[0]?.resources?.requests?.['cpu'],
      );
      const target = scalers.find((h) => h.spec?.scaleTargetRef.name === name)?.spec?.metrics?.[0]
        ?.resource?.target.averageUtilization;
      const threshold = (request * (target ?? 100)) / 100;
      // the request holds the busiest load measured; pods are added with half again above it
      expect(request, name).toBeGreaterThanOrEqual(busiest);
      expect(threshold, name).toBeGreaterThanOrEqual(1.5 * busiest);
      expect(measuredServerCpu.idleMillicores, name).toBeLessThanOrEqual(threshold / 4);
    }
  });
});
