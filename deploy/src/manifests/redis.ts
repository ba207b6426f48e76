import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { topology } from '../topology/topology.js';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { imagePullPolicy, imageRef } from '../settings/resolve-settings.js';
import { redisBaseConf, sentinelBaseConf } from '../config-files/redis-conf.js';
import { redisStartScript, sentinelStartScript } from '../config-files/redis-start-scripts.js';
import { configChecksum } from './checksum.js';
import { containerPorts, execProbes, resourcesFor, scratchVolume } from './container-parts.js';
import { componentLabels, metadataFor, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';
import {
  clusterDomain,
  configMapName,
  headlessServiceName,
  memberHost,
  memberHosts,
  redisMasterName,
  serviceAccountName,
} from './names.js';
import {
  appLogFile,
  appLogMount,
  logForwarderConfigData,
  logForwarderContainer,
  logForwarderVolumes,
} from './log-forwarder.js';
import { redisSecret, secretKeyEnv } from './secret-catalogue.js';
import { withStorageLimits } from './pod-storage.js';
import { affinityFor } from './scheduling.js';
import { containerSecurityContext, imageUid, podSecurityContext } from './security-context.js';
import { volumeClaimTemplate } from './volume-claims.js';

const redis = topology.redis;
const sentinel = topology['redis-sentinel'];

/** redis.conf, sentinel.conf and their start scripts: one ConfigMap both StatefulSets mount. */
export function redisConfigData(): Record<string, string> {
  return {
    'redis.conf': redisBaseConf(),
    'sentinel.conf': sentinelBaseConf(),
    'redis-start.sh': redisStartScript,
    'sentinel-start.sh': sentinelStartScript,
  };
}

/** The image's defaults plus the log forwarders' configs, which name the cluster's rsyslog. */
function clusterRedisConfigData(settings: DeploySettings): Record<string, string> {
  return {
    ...redisConfigData(),
    ...logForwarderConfigData(['redis', 'redis-sentinel'], settings),
  };
}

export function redisConfigMap(settings: DeploySettings) {
  return validated(
    new ConfigMap({
      metadata: metadataFor(configMapName('redis'), redis, settings),
      data: clusterRedisConfigData(settings),
    }),
  );
}

const secretEnv = (name: string, key: string): IEnvVar => secretKeyEnv(name, redisSecret.name, key);

/** What both start scripts read; the announce host is the pod's stable DNS name. */
function sharedEnv(component: ComponentSpec, settings: DeploySettings): IEnvVar[] {
  const domain = `${headlessServiceName(component.name)}.${settings.namespace}.svc.${clusterDomain}`;
  const announceVar = component.kind === 'redis' ? 'REDIS_ANNOUNCE_HOST' : 'SENTINEL_ANNOUNCE_HOST';
  return [
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    { name: announceVar, value: `$(POD_NAME).${domain}` },
    { name: 'REDIS_MASTER_NAME', value: redisMasterName },
    {
      name: 'REDIS_SENTINELS',
      value: memberHosts('redis-sentinel', sentinel.replicas, 26379, settings).join(','),
    },
    { name: 'REDIS_INITIAL_PRIMARY_HOST', value: memberHost('redis', 0, settings) },
    { name: 'REDIS_INITIAL_PRIMARY_PORT', value: '6379' },
    // to a file the log-forwarder sidecar ships to rsyslog (Redis speaks no network syslog)
    {
      name: component.kind === 'redis' ? 'REDIS_LOG_FILE' : 'SENTINEL_LOG_FILE',
      value: appLogFile(component.name),
    },
    secretEnv('REDIS_PASSWORD', redisSecret.password),
    secretEnv('REDIS_CONFIG_COMMAND', redisSecret.configCommand),
    // redis-cli in the probes reads the password from here, never from its command line;
    // the Sentinels require the same password as Redis (requirepass in sentinel-start.sh)
    secretEnv('REDISCLI_AUTH', redisSecret.password),
  ];
}

function pingProbes(port: number) {
  const ping = `redis-cli -p ${port} ping | grep -q PONG`;
  return execProbes(['sh', '-c', ping], ['sh', '-c', ping], 120);
}

/**
 * Redis keeps its data on its volume; a Sentinel keeps there the sentinel.conf it rewrites
 * after every change, so who is primary survives a restart of every pod (sentinel-start.sh).
 */
function statefulSetFor(component: ComponentSpec, settings: DeploySettings) {
  const isRedis = component.kind === 'redis';
  const port = component.ports[0]?.containerPort ?? 6379;
  const script = isRedis ? 'redis-start.sh' : 'sentinel-start.sh';
  return validated(
    new StatefulSet({
      metadata: metadataFor(component.name, component, settings),
      spec: {
        serviceName: headlessServiceName(component.name),
        replicas: component.replicas,
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: selectorLabels(component) },
        template: {
          metadata: {
            labels: componentLabels(component, settings),
            annotations: configChecksum(clusterRedisConfigData(settings)),
          },
          spec: withStorageLimits({
            serviceAccountName: serviceAccountName(component.name),
            automountServiceAccountToken: false,
            securityContext: podSecurityContext(imageUid.redis),
            affinity: affinityFor(component, settings),
            containers: [
              {
                name: component.name,
                image: imageRef(settings, component.image),
                imagePullPolicy: imagePullPolicy(settings, component.image),
                command: ['sh', `/config/${script}`],
                env: sharedEnv(component, settings),
                ports: containerPorts(component),
                ...pingProbes(port),
                resources: resourcesFor(component),
                securityContext: containerSecurityContext(true),
                volumeMounts: [
                  { name: 'config', mountPath: '/config', readOnly: true },
                  ...(isRedis ? [{ name: 'run', mountPath: '/run/redis' }] : []),
                  { name: 'tmp', mountPath: '/tmp' },
                  appLogMount,
                  { name: 'data', mountPath: component.storage?.mountPath ?? '/data' },
                ],
              },
              logForwarderContainer(component.name, settings),
            ],
            volumes: [
              { name: 'config', configMap: { name: configMapName('redis') } },
              ...(isRedis ? [scratchVolume('run', '1Mi')] : []),
              scratchVolume('tmp', '16Mi'),
              ...logForwarderVolumes('redis'),
            ],
          }),
        },
        volumeClaimTemplates: [volumeClaimTemplate('data', component, settings)],
      },
    }),
  );
}

/** Ordinal 0 starts as primary, the others replicate it; after a failover Sentinel decides. */
export const redisStatefulSet = (settings: DeploySettings) => statefulSetFor(redis, settings);
export const sentinelStatefulSet = (settings: DeploySettings) => statefulSetFor(sentinel, settings);
