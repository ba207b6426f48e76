import { Job } from 'kubernetes-models/batch/v1/Job';
import { topology } from '../topology/topology.js';
import type { DeploySettings } from '../settings/settings.js';
import { imagePullPolicy, imageRef } from '../settings/resolve-settings.js';
import { mongoInitScript } from '../config-files/mongo-init-script.js';
import { configChecksum } from './checksum.js';
import { componentLabels, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';
import { mongoInitScriptKey } from './mongodb.js';
import { configMapName, memberHosts, mongoDatabase, mongoReplicaSet } from './names.js';
import { mongoSecret, mongoSecretEnv } from './secret-catalogue.js';
import { withStorageLimits } from './pod-storage.js';
import { containerSecurityContext, imageUid, podSecurityContext } from './security-context.js';

export const mongoInitJobName = 'mongodb-rs-init';
const mongodb = topology.mongodb;

/** Labels of the Job's pod: its own name, so no Service of MongoDB ever selects it. */
export function mongoInitPodLabels(settings: DeploySettings): Record<string, string> {
  return { ...componentLabels(mongodb, settings), ...selectorLabels({ name: mongoInitJobName }) };
}

/** Initiates rs0 and keeps its members and application user right; safe to run again. */
export function mongoInitJob(settings: DeploySettings) {
  const port = mongodb.ports[0]?.containerPort ?? 27017;
  const labels = mongoInitPodLabels(settings);
  return validated(
    new Job({
      metadata: { name: mongoInitJobName, namespace: settings.namespace, labels },
      spec: {
        backoffLimit: 10,
        activeDeadlineSeconds: 900,
        template: {
          metadata: { labels, annotations: configChecksum(mongoInitScript) },
          spec: withStorageLimits({
            restartPolicy: 'OnFailure',
            serviceAccountName: 'mongodb',
            automountServiceAccountToken: false,
            securityContext: podSecurityContext(imageUid.mongodb),
            containers: [
              {
                name: 'rs-init',
                image: imageRef(settings, mongodb.image),
                imagePullPolicy: imagePullPolicy(settings, mongodb.image),
                command: ['mongosh', '--nodb', '--quiet', `/scripts/${mongoInitScriptKey}`],
                env: [
                  // mongosh keeps state under HOME; the root filesystem is read-only
                  { name: 'HOME', value: '/tmp' },
                  { name: 'RS_NAME', value: mongoReplicaSet },
                  {
                    name: 'RS_MEMBERS',
                    value: memberHosts('mongodb', mongodb.replicas, port, settings).join(','),
                  },
                  { name: 'APP_DATABASE', value: mongoDatabase },
                  mongoSecretEnv('ROOT_USERNAME', mongoSecret.rootUser),
                  mongoSecretEnv('ROOT_PASSWORD', mongoSecret.rootPassword),
                  mongoSecretEnv('APP_USERNAME', mongoSecret.appUser),
                  mongoSecretEnv('APP_PASSWORD', mongoSecret.appPassword),
                  // the internal user's password: lets the Job reset a rotated root password
                  mongoSecretEnv('KEYFILE', mongoSecret.keyfile),
                ],
                resources: {
                  requests: { cpu: '10m', memory: '96Mi' },
                  limits: { cpu: '500m', memory: '256Mi' },
                },
                securityContext: containerSecurityContext(true),
                volumeMounts: [
                  { name: 'scripts', mountPath: '/scripts', readOnly: true },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [
              { name: 'scripts', configMap: { name: configMapName('mongodb') } },
              { name: 'tmp', emptyDir: { sizeLimit: '16Mi' } },
            ],
          }),
        },
      },
    }),
  );
}
