import {
  READINESS_CHECK_TIMEOUT_MS,
  SHUTDOWN_TIMING,
  terminationGraceSeconds,
} from '@aneis/config';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { imagePullPolicy, imageRef } from '../settings/resolve-settings.js';
import { appConfigData, isWebclient, serverDataDir, serverSecretEnv } from './app-config.js';
import { configChecksum } from './checksum.js';
import { containerPorts, httpProbes, resourcesFor, scratchVolume } from './container-parts.js';
import { imageVolumes } from './image-store.js';
import { nginxHeadersDir, nginxHeadersFile } from '../security-headers/nginx-headers.js';
import { metadataFor, componentLabels, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';
import { configMapName, serviceAccountName } from './names.js';
import { serverSecretName } from './secret-catalogue.js';
import { withStorageLimits } from './pod-storage.js';
import { affinityFor, topologySpreadFor } from './scheduling.js';
import { containerSecurityContext, imageUid, podSecurityContext } from './security-context.js';

/** Where the web images read their runtime config (see docker/webclient). */
export const webRuntimeConfigDir = '/srv/runtime';

function mountsFor(
  component: ComponentSpec,
  settings: DeploySettings,
): { volumes: IVolume[]; mounts: IVolumeMount[] } {
  const volumes: IVolume[] = [scratchVolume('tmp')];
  const mounts: IVolumeMount[] = [{ name: 'tmp', mountPath: '/tmp' }];
  if (component.kind === 'server') {
    // the mail outbox (when SendGrid is not configured) lives here, per pod
    volumes.push(scratchVolume('data', '64Mi'));
    mounts.push({ name: 'data', mountPath: serverDataDir });
    const images = imageVolumes(component, settings);
    volumes.push(...images.volumes);
    mounts.push(...images.mounts);
  }
  if (isWebclient(component)) {
    volumes.push({
      name: 'runtime-config',
      configMap: {
        name: configMapName(component.name),
        items: [{ key: 'runtime-config.json', path: 'runtime-config.json' }],
      },
    });
    mounts.push({ name: 'runtime-config', mountPath: webRuntimeConfigDir, readOnly: true });
    // the headers for this cluster's hosts, over the image's default
    volumes.push({
      name: 'security-headers',
      configMap: {
        name: configMapName(component.name),
        items: [{ key: nginxHeadersFile, path: nginxHeadersFile }],
      },
    });
    mounts.push({ name: 'security-headers', mountPath: nginxHeadersDir, readOnly: true });
  }
  return { volumes, mounts };
}

function appContainer(component: ComponentSpec, settings: DeploySettings): IContainer {
  const health = component.health;
  if (!health) throw new Error(`${component.name} needs HTTP health endpoints`);
  const isServer = component.kind === 'server';
  // a server's /readyz waits up to READINESS_CHECK_TIMEOUT_MS for its checks: give it a second more
  const readinessSeconds = isServer ? Math.ceil(READINESS_CHECK_TIMEOUT_MS / 1000) + 1 : 1;
  return {
    name: component.name,
    image: imageRef(settings, component.image),
    imagePullPolicy: imagePullPolicy(settings, component.image),
    ports: containerPorts(component),
    envFrom: [
      { configMapRef: { name: configMapName(component.name) } },
      ...(isServer ? [{ secretRef: { name: serverSecretName(component.name) } }] : []),
    ],
    env: isServer ? serverSecretEnv(settings) : [],
    ...httpProbes(health.port, health.liveness, health.readiness, readinessSeconds),
    // keep serving, untouched, until Traefik and kube-proxy have dropped the terminating pod;
    // SIGTERM (then SHUTDOWN_GRACE_MS for open requests) comes after this pause
    lifecycle: {
      preStop: { exec: { command: ['sleep', String(SHUTDOWN_TIMING.preStopSeconds)] } },
    },
    resources: resourcesFor(component),
    securityContext: containerSecurityContext(true),
    volumeMounts: mountsFor(component, settings).mounts,
  };
}

/** Whether a HorizontalPodAutoscaler sets this component's replica count. */
export const isAutoscaled = (component: ComponentSpec): boolean =>
  component.maxReplicas !== undefined;

/**
 * Servers, webclients and the website: RollingUpdate that adds a pod before removing one, so
 * capacity never drops below the desired count during a rollout; the surge pod always finds a
 * node because Deployments are only spread softly (scheduling.ts). An autoscaled Deployment
 * states no replica count: the autoscaler owns it, and an apply must not reset it.
 */
export function statelessDeployment(component: ComponentSpec, settings: DeploySettings) {
  const uid =
    component.kind === 'server' || component.name === 'website' ? imageUid.node : imageUid.nginx;
  const spread = topologySpreadFor(component);
  return validated(
    new Deployment({
      metadata: metadataFor(component.name, component, settings),
      spec: {
        ...(isAutoscaled(component) ? {} : { replicas: component.replicas }),
        revisionHistoryLimit: 5,
        selector: { matchLabels: selectorLabels(component) },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: {
            labels: componentLabels(component, settings),
            annotations: configChecksum(appConfigData(component, settings)),
          },
          spec: withStorageLimits({
            serviceAccountName: serviceAccountName(component.name),
            automountServiceAccountToken: false,
            securityContext: podSecurityContext(uid),
            affinity: affinityFor(component, settings),
            ...(spread.length > 0 ? { topologySpreadConstraints: spread } : {}),
            // the preStop pause, SHUTDOWN_GRACE_MS and closing the clients all fit inside
            terminationGracePeriodSeconds: terminationGraceSeconds(),
            containers: [appContainer(component, settings)],
            volumes: mountsFor(component, settings).volumes,
          }),
        },
      },
    }),
  );
}
