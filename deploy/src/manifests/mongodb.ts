import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { topology } from '../topology/topology.js';
import type { DeploySettings } from '../settings/settings.js';
import { imagePullPolicy, imageRef } from '../settings/resolve-settings.js';
import { mongoBackupScript } from '../config-files/mongo-backup-script.js';
import { mongoInitScript } from '../config-files/mongo-init-script.js';
import { configChecksum } from './checksum.js';
import { containerPorts, helperResources, resourcesFor, scratchVolume } from './container-parts.js';
import { componentLabels, metadataFor, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';
import {
  configMapName,
  headlessServiceName,
  mongoReplicaSet,
  serviceAccountName,
} from './names.js';
import {
  appLogFile,
  appLogMount,
  logForwarderConfigData,
  logForwarderContainer,
  logForwarderVolumes,
} from './log-forwarder.js';
import { mongoSecret, mongoSecretEnv } from './secret-catalogue.js';
import { mongodSizingArgs } from './mongodb-sizing.js';
import { withStorageLimits } from './pod-storage.js';
import { affinityFor } from './scheduling.js';
import { containerSecurityContext, imageUid, podSecurityContext } from './security-context.js';
import { volumeClaimTemplate } from './volume-claims.js';

const mongodb = topology.mongodb;
export const mongoInitScriptKey = 'rs-init.js';

function mongoConfigData(settings: DeploySettings): Record<string, string> {
  return {
    [mongoInitScriptKey]: mongoInitScript,
    // the backup CronJob's script (mongodb-backup.ts)
    'backup.sh': mongoBackupScript,
    ...logForwarderConfigData(['mongodb'], settings),
  };
}

export function mongoConfigMap(settings: DeploySettings) {
  return validated(
    new ConfigMap({
      metadata: metadataFor(configMapName('mongodb'), mongodb, settings),
      data: mongoConfigData(settings),
    }),
  );
}

/**
 * Starting and staying alive are checked on the port: mongosh is a Node program of ~100 MiB
 * per run. Only readiness asks mongod itself (`db.hello()` needs no login): ready means a
 * member that serves, primary or secondary, which is what a rolling update must wait for
 * before it takes the next member down.
 */
const mongoProbes = {
  startupProbe: { tcpSocket: { port: 'mongodb' }, periodSeconds: 5, failureThreshold: 60 },
  readinessProbe: {
    exec: {
      command: [
        'mongosh',
        '--quiet',
        '--norc',
        '--eval',
        'const h = db.hello(); quit(h.isWritablePrimary || h.secondary ? 0 : 1)',
      ],
    },
    periodSeconds: 10,
    // mongosh alone takes seconds to start on a busy node
    timeoutSeconds: 10,
    failureThreshold: 3,
  },
  livenessProbe: { tcpSocket: { port: 'mongodb' }, periodSeconds: 15, failureThreshold: 4 },
};

/**
 * Parallel pod management: members must all start before any can be ready (readiness needs an
 * initiated set), and OrderedReady would wait for member 0 forever.
 */
export function mongoStatefulSet(settings: DeploySettings) {
  const port = mongodb.ports[0]?.containerPort ?? 27017;
  return validated(
    new StatefulSet({
      metadata: metadataFor('mongodb', mongodb, settings),
      spec: {
        serviceName: headlessServiceName('mongodb'),
        replicas: mongodb.replicas,
        podManagementPolicy: 'Parallel',
        updateStrategy: { type: 'RollingUpdate' },
        selector: { matchLabels: selectorLabels(mongodb) },
        template: {
          metadata: {
            labels: componentLabels(mongodb, settings),
            annotations: configChecksum(mongoConfigData(settings)),
          },
          spec: withStorageLimits({
            serviceAccountName: serviceAccountName('mongodb'),
            automountServiceAccountToken: false,
            securityContext: podSecurityContext(imageUid.mongodb),
            affinity: affinityFor(mongodb, settings),
            terminationGracePeriodSeconds: 60,
            initContainers: [
              {
                // mongod refuses a keyfile others can read; Secret volumes are root-owned
                name: 'keyfile',
                image: imageRef(settings, mongodb.image),
                imagePullPolicy: imagePullPolicy(settings, mongodb.image),
                command: [
                  'sh',
                  '-c',
                  'cp /secret/keyfile /keyfile/keyfile && chmod 0400 /keyfile/keyfile',
                ],
                resources: helperResources,
                securityContext: containerSecurityContext(true),
                volumeMounts: [
                  { name: 'keyfile-secret', mountPath: '/secret', readOnly: true },
                  { name: 'keyfile', mountPath: '/keyfile' },
                ],
              },
            ],
            containers: [
              {
                name: 'mongodb',
                image: imageRef(settings, mongodb.image),
                imagePullPolicy: imagePullPolicy(settings, mongodb.image),
                args: [
                  'mongod',
                  '--replSet',
                  mongoReplicaSet,
                  '--bind_ip_all',
                  '--port',
                  String(port),
                  '--keyFile',
                  '/keyfile/keyfile',
                  '--wiredTigerCacheSizeGB',
                  '0.25',
                  ...mongodSizingArgs(),
                  // to a file the log-forwarder sidecar ships to rsyslog (mongod cannot send
                  // syslog over the network); appended, so emptying it is safe
                  '--logpath',
                  appLogFile('mongodb'),
                  '--logappend',
                ],
                env: [
                  // mongosh (the probes) keeps state under HOME; the root filesystem is read-only
                  { name: 'HOME', value: '/tmp' },
                  mongoSecretEnv('MONGO_INITDB_ROOT_USERNAME', mongoSecret.rootUser),
                  mongoSecretEnv('MONGO_INITDB_ROOT_PASSWORD', mongoSecret.rootPassword),
                ],
                ports: containerPorts(mongodb),
                ...mongoProbes,
                resources: resourcesFor(mongodb),
                securityContext: containerSecurityContext(true),
                volumeMounts: [
                  { name: 'data', mountPath: mongodb.storage?.mountPath ?? '/data/db' },
                  { name: 'keyfile', mountPath: '/keyfile', readOnly: true },
                  { name: 'tmp', mountPath: '/tmp' },
                  { name: 'configdb', mountPath: '/data/configdb' },
                  appLogMount,
                ],
              },
              logForwarderContainer('mongodb', settings),
            ],
            volumes: [
              {
                name: 'keyfile-secret',
                secret: {
                  secretName: mongoSecret.name,
                  items: [{ key: mongoSecret.keyfile, path: 'keyfile' }],
                  defaultMode: 0o440,
                },
              },
              { name: 'keyfile', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
              scratchVolume('tmp', '64Mi'),
              scratchVolume('configdb', '16Mi'),
              ...logForwarderVolumes('mongodb'),
            ],
          }),
        },
        volumeClaimTemplates: [volumeClaimTemplate('data', mongodb, settings)],
      },
    }),
  );
}
