import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { READINESS_CHECK_TIMEOUT_MS, SHUTDOWN_TIMING } from '@aneis/config';
import { ofKind, plainRelease, podTemplates } from './support/release-objects.js';

/*
 * Planned events without errors: a pod leaving the rotation keeps serving until Traefik has
 * stopped sending to it, then finishes what it has, inside the time the kubelet gives it; and
 * its probes wait as long as the checks behind them may take.
 */

const objects = plainRelease();
const configOf = (name: string) =>
  objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === `${name}-config`)?.data ?? {};

function preStopSeconds(c: IContainer): number | undefined {
  const command = c.lifecycle?.preStop?.exec?.command ?? [];
  if (command[0] === 'sleep') return Number(command[1]);
  return c.lifecycle?.preStop?.sleep?.seconds;
}

describe('rollouts and scale-downs', () => {
  it('when Traefik serves a Deployment, then its pods pause before SIGTERM, and the pause, the grace period and closing all fit', () => {
    for (const d of ofKind<IDeployment>(objects, 'Deployment')) {
      const spec = d.spec?.template.spec;
      const container = spec?.containers[0];
      const pause = container ? preStopSeconds(container) : undefined;
      const where = d.metadata.name;
      expect(pause, where).toBeGreaterThanOrEqual(SHUTDOWN_TIMING.preStopSeconds);
      const period = spec?.terminationGracePeriodSeconds ?? 30;
      expect(pause ?? 0, where).toBeLessThan(period);
      const grace = configOf(where)['SHUTDOWN_GRACE_MS'];
      if (grace !== undefined) {
        // a Node process: its own grace period is the one the pod is sized for
        expect(Number(grace), where).toBe(SHUTDOWN_TIMING.graceMs);
        expect(period, where).toBeGreaterThanOrEqual(
          (pause ?? 0) + Number(grace) / 1000 + SHUTDOWN_TIMING.closersSeconds,
        );
      }
    }
  });

  it('when a Node app is configured, then it is told its grace period', () => {
    for (const name of ['shopping-server', 'management-server', 'website']) {
      expect(configOf(name)['SHUTDOWN_GRACE_MS'], name).toBe(String(SHUTDOWN_TIMING.graceMs));
    }
  });
});

describe('probes', () => {
  it('when a server reports readiness, then the probe waits longer than its dependency checks may', () => {
    for (const name of ['shopping-server', 'management-server']) {
      const d = ofKind<IDeployment>(objects, 'Deployment').find((x) => x.metadata.name === name);
      const probe = d?.spec?.template.spec?.containers[0]?.readinessProbe;
      expect(probe?.httpGet?.path).toBe('/readyz');
      expect((probe?.timeoutSeconds ?? 1) * 1000, name).toBeGreaterThan(READINESS_CHECK_TIMEOUT_MS);
    }
  });

  it('when a probe runs mongosh (~100 MiB a run), then no other probe of its container does', () => {
    for (const pod of podTemplates(objects)) {
      for (const c of pod.spec.containers) {
        const heavy = [c.startupProbe, c.readinessProbe, c.livenessProbe].filter((p) =>
          (p?.exec?.command ?? []).includes('mongosh'),
        );
        expect(heavy.length, `${pod.owner}/${c.name}`).toBeLessThanOrEqual(1);
        for (const p of heavy) expect(p?.timeoutSeconds, pod.owner).toBeGreaterThanOrEqual(5);
      }
    }
  });
});
