import { SHUTDOWN_TIMING } from '@aneis/config';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { topology } from '../topology/topology.js';
import { hostFor } from '../topology/routes.js';
import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { isMailServer } from '../settings/mail-template-settings.js';
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
import { mongoSecret, redisSecret, secretKeyEnv } from './secret-catalogue.js';
import { imageStoreEnv } from './image-store.js';
import { publicUrlOf } from './public-urls.js';
import { hashThreadsFor } from './quantities.js';
import { nginxHeadersFile, nginxHeadersSnippet } from '../security-headers/nginx-headers.js';

/** Writable place for a server's local data (the mail outbox) on a read-only root filesystem. */
export const serverDataDir = '/srv/data';

/**
 * Variables the manifests set that no program reads: Kubernetes expands them into MONGODB_URI
 * ($(VAR)), so the password never sits in a ConfigMap. The config lib does not list them.
 */
export const uriPartVariables = ['MONGODB_URI_USERNAME', 'MONGODB_URI_PASSWORD'] as const;

/** Read by Node itself, not by our config lib. */
export const nodeRuntimeVariables = ['NODE_OPTIONS'] as const;

function syslogEnv(component: ComponentSpec, settings: DeploySettings): Record<string, string> {
  return {
    SYSLOG_HOST: serviceHost('rsyslog', settings),
    SYSLOG_PORT: String(topology.rsyslog.ports[0]?.servicePort ?? 5000),
    SYSLOG_PROTOCOL: 'udp',
    // rsyslog files messages by this name (the RFC 5424 APP-NAME)
    SERVICE_NAME: component.name,
  };
}

/**
 * Who renders a server's mails, and the SendGrid template ids it uses when SendGrid does. Plain config, not secrets: in the
 * ConfigMap they can be read and diffed, and the config checksum rolls the pods when one changes.
 */
function mailTemplateEnv(
  component: ComponentSpec,
  settings: DeploySettings,
): Record<string, string> {
  if (!isMailServer(component.name)) return {};
  return { MAIL_RENDERING: settings.mailRendering, ...settings.mailTemplates[component.name] };
}

/**
 * What only some servers read: the public addresses they put into links and how each webclient
 * there wants its links written (the management server mails shoppers too, about their orders,
 * so it knows the storefront as well), and (the two that check passwords) their hashing threads,
 * sized to the pod's CPU limit; the shopping server also gets the bank account for transfers.
 */
/** The bank account settings that were given; unset ones stay out (the server's default). */
function bankTransferEnv(settings: DeploySettings): Record<string, string> {
  const { iban, beneficiary, deadlineDays } = settings.bankTransfer;
  return {
    ...(iban ? { BANK_TRANSFER_IBAN: iban } : {}),
    ...(beneficiary ? { BANK_TRANSFER_BENEFICIARY: beneficiary } : {}),
    ...(deadlineDays ? { BANK_TRANSFER_DEADLINE_DAYS: deadlineDays } : {}),
  };
}

function serverSpecificEnv(
  component: ComponentSpec,
  settings: DeploySettings,
): Record<string, string> {
  const hashThreads = String(hashThreadsFor(component.resources.cpuLimit));
  switch (component.name) {
    case 'shopping-server':
      return {
        PUBLIC_STOREFRONT_URL: publicUrlOf('shopping-webclient', settings),
        STOREFRONT_LINK_STYLE: settings.linkStyles.storefront,
        // the webclient's page, from its Service: findable pages are rendered into it
        STOREFRONT_SHELL_URL: `http://shopping-webclient:${topology['shopping-webclient'].ports[0]?.servicePort ?? 80}/index.html`,
        PASSWORD_HASH_THREADS: hashThreads,
        // catalogue image paths in its pages and JSON-LD are the management server's images
        PUBLIC_IMAGE_BASE_URL: `${publicUrlOf('management-server', settings)}/images`,
        ...bankTransferEnv(settings),
      };
    case 'management-server':
      return {
        PUBLIC_ADMIN_URL: publicUrlOf('management-webclient', settings),
        ADMIN_LINK_STYLE: settings.linkStyles.admin,
        PUBLIC_STOREFRONT_URL: publicUrlOf('shopping-webclient', settings),
        STOREFRONT_LINK_STYLE: settings.linkStyles.storefront,
        PASSWORD_HASH_THREADS: hashThreads,
        ...imageStoreEnv(component, settings),
      };
    default:
      return {};
  }
}

/**
 * The non-secret environment of a server: where it is reached, MongoDB, Redis, rsyslog and its
 * mail template ids.
 */
export function serverConfigData(
  component: ComponentSpec,
  settings: DeploySettings,
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '0.0.0.0',
    PORT: String(component.ports[0]?.containerPort ?? 3000),
    ...(component.nodeOptions ? { NODE_OPTIONS: component.nodeOptions } : {}),
    // the pod's terminationGracePeriodSeconds is sized for exactly this (probe-timings.ts)
    SHUTDOWN_GRACE_MS: String(SHUTDOWN_TIMING.graceMs),
    // the webclients are served from the base domain and call the servers cross-origin
    CORS_ORIGINS: `https://${settings.baseDomain}`,
    TRUST_PROXY: settings.trustProxy,
    DATA_DIR: serverDataDir,
    REDIS_SENTINELS: memberHosts(
      'redis-sentinel',
      topology['redis-sentinel'].replicas,
      26379,
      settings,
    ).join(','),
    REDIS_SENTINEL_NAME: redisMasterName,
    ...syslogEnv(component, settings),
    ...serverSpecificEnv(component, settings),
    ...mailTemplateEnv(component, settings),
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
    // included by every location of the image's nginx.conf, so no location drops a header
    [nginxHeadersFile]: nginxHeadersSnippet(component.name, settings),
    ...syslogEnv(component, settings),
  };
}

/** The website is a Node server of its own: its environment, no webclient runtime config. */
export function websiteConfigData(
  component: ComponentSpec,
  settings: DeploySettings,
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '0.0.0.0',
    PORT: String(component.ports[0]?.containerPort ?? 8080),
    SHUTDOWN_GRACE_MS: String(SHUTDOWN_TIMING.graceMs),
    ...syslogEnv(component, settings),
  };
}

/** Whether a web component is a single-page webclient (nginx with a runtime config). */
export function isWebclient(component: ComponentSpec): boolean {
  return component.kind === 'web' && component.colocateWith !== undefined;
}

export function appConfigData(component: ComponentSpec, settings: DeploySettings) {
  if (component.kind === 'server') return serverConfigData(component, settings);
  return isWebclient(component)
    ? webConfigData(component, settings)
    : websiteConfigData(component, settings);
}

export function appConfigMap(component: ComponentSpec, settings: DeploySettings) {
  return validated(
    new ConfigMap({
      metadata: metadataFor(configMapName(component.name), component, settings),
      data: appConfigData(component, settings),
    }),
  );
}

/** The replica-set connection string, with the application user's credentials expanded in. */
export function mongoUriTemplate(settings: DeploySettings): string {
  const [user, password] = uriPartVariables;
  const hosts = memberHosts('mongodb', topology.mongodb.replicas, 27017, settings).join(',');
  return (
    `mongodb://$(${user}):$(${password})@${hosts}/${mongoDatabase}` +
    `?replicaSet=${mongoReplicaSet}&authSource=${mongoDatabase}`
  );
}

/**
 * Secrets reach the servers as variables; the connection string is assembled by Kubernetes
 * ($(VAR) expansion) so the password is never written into a ConfigMap.
 */
export function serverSecretEnv(settings: DeploySettings): IEnvVar[] {
  const [user, password] = uriPartVariables;
  return [
    secretKeyEnv(user, mongoSecret.name, mongoSecret.appUser),
    secretKeyEnv(password, mongoSecret.name, mongoSecret.appPassword),
    { name: 'MONGODB_URI', value: mongoUriTemplate(settings) },
    secretKeyEnv('REDIS_PASSWORD', redisSecret.name, redisSecret.password),
  ];
}
