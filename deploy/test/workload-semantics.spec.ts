import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { secretCatalogue } from '../src/manifests/secret-catalogue.js';
import { ofKind, plainRelease, podTemplates, selects } from './support/release-objects.js';

const objects = plainRelease();
const pods = podTemplates(objects);
const namesOf = (kind: string) => new Set(ofKind(objects, kind).map((o) => o.metadata.name));

function allContainers(spec: { containers: IContainer[]; initContainers?: IContainer[] }) {
  return [...spec.containers, ...(spec.initContainers ?? [])];
}

describe('workloads', () => {
  it('when a workload selects pods, then its selector matches its own pod labels', () => {
    for (const w of [
      ...ofKind<IDeployment>(objects, 'Deployment'),
      ...ofKind<IStatefulSet>(objects, 'StatefulSet'),
    ]) {
      const selector = w.spec?.selector.matchLabels ?? {};
      expect(selects(selector, w.spec?.template.metadata?.labels ?? {}), w.metadata.name).toBe(
        true,
      );
    }
  });

  it('when a Service routes traffic, then it selects pods that declare its target port', () => {
    for (const svc of ofKind<IService>(objects, 'Service')) {
      const selector = svc.spec?.selector ?? {};
      const targets = pods.filter((p) => selects(selector, p.labels));
      expect(
        targets.map((t) => t.owner),
        svc.metadata.name,
      ).toHaveLength(1);
      const declared = targets[0]?.spec.containers.flatMap((c) => c.ports ?? []) ?? [];
      for (const port of svc.spec?.ports ?? []) {
        const match = declared.find(
          (d) => d.name === port.targetPort || d.containerPort === port.targetPort,
        );
        expect(match, `${svc.metadata.name}:${port.name}`).toBeDefined();
        expect(match?.protocol ?? 'TCP').toBe(port.protocol ?? 'TCP');
      }
    }
  });

  it('when a StatefulSet names its governing Service, then that headless Service exists', () => {
    const services = ofKind<IService>(objects, 'Service');
    for (const sts of ofKind<IStatefulSet>(objects, 'StatefulSet')) {
      const svc = services.find((s) => s.metadata.name === sts.spec?.serviceName);
      expect(svc?.spec?.clusterIP, sts.metadata.name).toBe('None');
    }
  });

  it('when a pod references Secrets, ConfigMaps, claims or a ServiceAccount, then they exist', () => {
    const secrets = new Set(secretCatalogue.map((s) => s.name));
    const secretKeys = new Set(
      secretCatalogue.flatMap((s) => s.keys.map((k) => `${s.name}/${k.key}`)),
    );
    const configMaps = namesOf('ConfigMap');
    const accounts = namesOf('ServiceAccount');
    const standaloneClaims = namesOf('PersistentVolumeClaim');
    const statefulSets = ofKind<IStatefulSet>(objects, 'StatefulSet');
    for (const pod of pods) {
      expect(accounts.has(pod.spec.serviceAccountName ?? ''), pod.owner).toBe(true);
      const claims = new Set(
        statefulSets
          .find((s) => s.metadata.name === pod.owner)
          ?.spec?.volumeClaimTemplates?.map((t) => t.metadata?.name ?? '') ?? [],
      );
      const volumes = new Set((pod.spec.volumes ?? []).map((v) => v.name));
      for (const v of pod.spec.volumes ?? []) {
        if (v.secret) expect(secrets.has(v.secret.secretName ?? ''), v.name).toBe(true);
        if (v.configMap) expect(configMaps.has(v.configMap.name ?? ''), v.name).toBe(true);
        if (v.persistentVolumeClaim) {
          expect(standaloneClaims.has(v.persistentVolumeClaim.claimName), v.name).toBe(true);
        }
      }
      for (const c of allContainers(pod.spec)) {
        for (const m of c.volumeMounts ?? []) {
          expect(volumes.has(m.name) || claims.has(m.name), `${pod.owner}/${m.name}`).toBe(true);
        }
        for (const from of c.envFrom ?? []) {
          if (from.configMapRef) expect(configMaps.has(from.configMapRef.name ?? '')).toBe(true);
          if (from.secretRef) expect(secrets.has(from.secretRef.name ?? '')).toBe(true);
        }
        for (const e of c.env ?? []) {
          const ref = e.valueFrom?.secretKeyRef;
          if (ref)
            expect(secretKeys.has(`${ref.name}/${ref.key}`), `${c.name}:${e.name}`).toBe(true);
        }
      }
    }
  });

  it('when a container runs, then it has resources and a hardened securityContext', () => {
    for (const pod of pods) {
      expect(pod.spec.securityContext?.runAsNonRoot, pod.owner).toBe(true);
      expect(pod.spec.securityContext?.seccompProfile?.type).toBe('RuntimeDefault');
      expect(pod.spec.automountServiceAccountToken, pod.owner).toBe(false);
      for (const c of allContainers(pod.spec)) {
        const where = `${pod.owner}/${c.name}`;
        expect(c.resources?.requests?.['memory'], where).toBeDefined();
        expect(c.resources?.requests?.['cpu'], where).toBeDefined();
        expect(c.resources?.limits?.['memory'], where).toBeDefined();
        expect(c.resources?.limits?.['cpu'], where).toBeDefined();
        expect(c.securityContext?.allowPrivilegeEscalation, where).toBe(false);
        expect(c.securityContext?.runAsNonRoot, where).toBe(true);
        expect(c.securityContext?.capabilities?.drop, where).toEqual(['ALL']);
        expect(c.securityContext?.seccompProfile?.type, where).toBe('RuntimeDefault');
        expect(c.securityContext?.readOnlyRootFilesystem, where).toBe(true);
      }
    }
  });

  it('when a container runs on, then it has startup, readiness and liveness probes', () => {
    for (const pod of pods.filter((p) => p.longRunning)) {
      for (const c of pod.spec.containers) {
        expect(c.startupProbe, `${pod.owner} startup`).toBeDefined();
        expect(c.readinessProbe, `${pod.owner} readiness`).toBeDefined();
        expect(c.livenessProbe, `${pod.owner} liveness`).toBeDefined();
      }
    }
  });

  it('when a workload has several replicas, then a PodDisruptionBudget covers its pods', () => {
    const budgets = ofKind<IPodDisruptionBudget>(objects, 'PodDisruptionBudget');
    for (const pod of pods.filter((p) => p.replicas > 1)) {
      const budget = budgets.find((b) => selects(b.spec?.selector?.matchLabels ?? {}, pod.labels));
      expect(budget?.spec?.maxUnavailable, pod.owner).toBe(1);
    }
  });

  it('when servers and webclients roll out, then capacity never drops and autoscaling keeps at least 3', () => {
    const scalers = ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler');
    for (const name of [
      'shopping-server',
      'management-server',
      'shopping-webclient',
      'management-webclient',
    ]) {
      const d = ofKind<IDeployment>(objects, 'Deployment').find((x) => x.metadata.name === name);
      expect(d?.spec?.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
      expect(d?.spec?.template.metadata?.annotations?.['checksum/config']).toMatch(
        /^[0-9a-f]{64}$/,
      );
      const hpa = scalers.find((h) => h.spec?.scaleTargetRef.name === name);
      expect(hpa?.spec?.minReplicas).toBe(3);
      const c = d?.spec?.template.spec?.containers[0];
      expect(c?.readinessProbe?.httpGet?.path).toBe('/readyz');
      expect(c?.livenessProbe?.httpGet?.path).toBe('/healthz');
    }
  });

  it('when data is stored, then every claim is ReadWriteOnce on the configured class', () => {
    const sizes: Record<string, string> = {};
    for (const sts of ofKind<IStatefulSet>(objects, 'StatefulSet')) {
      for (const t of sts.spec?.volumeClaimTemplates ?? []) {
        expect(t.spec?.accessModes).toEqual(['ReadWriteOnce']);
        expect(t.spec?.storageClassName).toBe('longhorn');
        sizes[sts.metadata.name] = String(t.spec?.resources?.requests?.['storage']);
      }
    }
    expect(sizes['rsyslog']).toBe('50Mi');
    expect(Object.keys(sizes).sort()).toEqual(['mongodb', 'redis', 'redis-sentinel', 'rsyslog']);
  });
});
