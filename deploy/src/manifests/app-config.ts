import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { topology } from '../topology/topology.js';
import { hostFor } from '../topology/routes.js';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { metadataFor } from './labels.js';
import { validated } from './kube-object.js';
import {
  configMapName,
  memberHosts,
  mongoDatabase,
  mongoReplicaSet,
  redisMasterName,
  serviceHost,
} from './names.js';
import { mongoSecret, redisSecret } from './secret-catalogue.js';

function syslogEnv(component: ComponentSpec, settings: DeploySettings): Record<string, string> {
  return {
    SYSLOG_HOST: serviceHost('rsyslog', settings),
    SYSLOG_PORT: String(topology.rsyslog.ports[0]?.servicePort ?? 5000),
    SYSLOG_PROTOCOL: 'udp',
    // rsyslog files messages by this name (the RFC 5424 APP-NAME)
    SERVICE_NAME: component.name,
  };
}

/** The non-secret environment of a server: where MongoDB, the Sentinels and rsyslog are. */
export function serverConfigData(
  component: ComponentSpec,
  settings: DeploySettings,
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '0.0.0.0',
    PORT: String(component.ports[0]?.containerPort ?? 3000),
    // the webclients are served from the base domain and call the servers cross-origin
    CORS_ORIGINS: `https://${settings.baseDomain}`,
    MONGODB_HOSTS: memberHosts('mongodb', topology.mongodb.replicas, 27017, settings).join(','),
    MONGODB_REPLICA_SET: mongoReplicaSet,
    MONGODB_DATABASE: mongoDatabase,
    REDIS_SENTINELS: memberHosts(
      'redis-sentinel',
      topology['redis-sentinel'].replicas,
      26379,
      settings,
    ).join(','),
    REDIS_SENTINEL_NAME: redisMasterName,
    ...syslogEnv(component, settings),
  };
}

/** The runtime config of a static web app: which API it talks to, where it is mounted. */
export function webConfigData(
  component: ComponentSpec,
  settings: DeploySettings,
): Record<string, string> {
  const server = component.colocateWith ? topology[component.colocateWith] : undefined;
  const serverExposure = server?.exposures[0];
  const apiHost = serverExposure ? hostFor(serverExposure.subdomain, settings.baseDomain) : '';
  const runtime = {
    basePath: component.exposures[0]?.path ?? '/',
    apiBaseUrl: apiHost ? `https://${apiHost}` : '',
  };
  return {
    NODE_ENV: 'production',
    PORT: String(component.ports[0]?.containerPort ?? 8080),
    'runtime-config.json': `${JSON.stringify(runtime, null, 2)}\n`,
    ...syslogEnv(component, settings),
  };
}

export function appConfigData(component: ComponentSpec, settings: DeploySettings) {
  return component.kind === 'server'
    ? serverConfigData(component, settings)
    : webConfigData(component, settings);
}

export function appConfigMap(component: ComponentSpec, settings: DeploySettings) {
  return validated(
    new ConfigMap({
      metadata: metadataFor(configMapName(component.name), component, settings),
      data: appConfigData(component, settings),
    }),
  );
}

function secretEnv(name: string, secret: string, key: string): IEnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}

/**
 * Secrets reach the servers as variables; the connection string is assembled by Kubernetes
 * ($(VAR) expansion) so the password is never written into a ConfigMap.
 */
export function serverSecretEnv(): IEnvVar[] {
  return [
    secretEnv('MONGODB_USERNAME', mongoSecret.name, mongoSecret.appUser),
    secretEnv('MONGODB_PASSWORD', mongoSecret.name, mongoSecret.appPassword),
    {
      name: 'MONGODB_URI',
      value:
        'mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@$(MONGODB_HOSTS)/$(MONGODB_DATABASE)' +
        '?replicaSet=$(MONGODB_REPLICA_SET)&authSource=$(MONGODB_DATABASE)',
    },
    secretEnv('REDIS_PASSWORD', redisSecret.name, redisSecret.password),
  ];
}
