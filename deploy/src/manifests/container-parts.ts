import type { IContainerPort } from 'kubernetes-models/v1/ContainerPort';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import type { IResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import type { ComponentSpec } from '../topology/topology-types.js';

export function containerPorts(component: ComponentSpec): IContainerPort[] {
  return component.ports.map((p) => ({
    name: p.name,
    containerPort: p.containerPort,
    protocol: p.protocol,
  }));
}

/** CPU and memory from the topology; ephemeral storage is derived per pod (pod-storage.ts). */
export function resourcesFor(component: ComponentSpec): IResourceRequirements {
  const r = component.resources;
  return {
    limits: { cpu: r.cpuLimit, memory: r.memoryLimit },
    requests: { cpu: r.cpuRequest, memory: r.memoryRequest },
  };
}

export interface ProbeSet {
  readonly startupProbe: IProbe;
  readonly readinessProbe: IProbe;
  readonly livenessProbe: IProbe;
}

/**
 * Startup gives a cold start 60 s before liveness may kill the pod. `readinessSeconds` is how
 * long the readiness answer may take: a server's /readyz waits for its dependency checks.
 */
export function httpProbes(
  port: string,
  liveness: string,
  readiness: string,
  readinessSeconds = 1,
): ProbeSet {
  return {
    startupProbe: {
      httpGet: { path: liveness, port },
      periodSeconds: 2,
      timeoutSeconds: 2,
      failureThreshold: 30,
    },
    readinessProbe: {
      httpGet: { path: readiness, port },
      periodSeconds: 5,
      timeoutSeconds: readinessSeconds,
      failureThreshold: 2,
    },
    livenessProbe: {
      httpGet: { path: liveness, port },
      periodSeconds: 10,
      timeoutSeconds: 2,
      failureThreshold: 3,
    },
  };
}

export function execProbes(ready: string[], alive: string[], startupSeconds = 120): ProbeSet {
  return {
    startupProbe: {
      exec: { command: alive },
      periodSeconds: 5,
      failureThreshold: startupSeconds / 5,
    },
    readinessProbe: { exec: { command: ready }, periodSeconds: 10, timeoutSeconds: 5 },
    livenessProbe: {
      exec: { command: alive },
      periodSeconds: 15,
      timeoutSeconds: 5,
      failureThreshold: 4,
    },
  };
}

export function tcpProbes(port: string): ProbeSet {
  return {
    startupProbe: { tcpSocket: { port }, periodSeconds: 2, failureThreshold: 30 },
    readinessProbe: { tcpSocket: { port }, periodSeconds: 10 },
    livenessProbe: { tcpSocket: { port }, periodSeconds: 20, failureThreshold: 3 },
  };
}

/** A writable scratch dir for programs on a read-only root filesystem. */
export function scratchVolume(name: string, sizeLimit = '32Mi') {
  return { name, emptyDir: { sizeLimit } };
}

/** For short helper containers (init steps, one-shot Jobs). */
export const helperResources: IResourceRequirements = {
  requests: { cpu: '10m', memory: '16Mi' },
  limits: { cpu: '200m', memory: '64Mi' },
};
