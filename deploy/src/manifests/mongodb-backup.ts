import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { topology } from '../topology/topology.js';
import type { DeploySettings } from '../settings/settings.js';
import { imagePullPolicy, imageRef } from '../settings/resolve-settings.js';
import { componentLabels, metadataFor, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';
import { configMapName, memberHosts, mongoReplicaSet, serviceAccountName } from './names.js';
import { withStorageLimits } from './pod-storage.js';
import { mongoSecret, mongoSecretEnv } from './secret-catalogue.js';
import { containerSecurityContext, imageUid, podSecurityContext } from './security-context.js';

/*
 * A daily archive of the whole replica set onto a volume of its own (restore: deploy/README.md,
 * "Backups"). The volume holds BACKUP_KEEP archives; the shop's data budget compresses to well
 * under its size (mongodb-sizing.ts), so a week of them fits.
 */

export const mongoBackupName = 'mongodb-backup';
export const mongoBackupScriptKey = 'backup.sh';
export const mongoBackupSchedule = '17 3 * * *';
export const mongoBackupKeep = 7;
const backupVolumeSize = '8Gi';
const mongodb = topology.mongodb;

export function mongoBackupClaim(settings: DeploySettings) {
  return validated(
    new PersistentVolumeClaim({
      metadata: metadataFor(mongoBackupName, mongodb, settings),
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: settings.storageClass,
        resources: { requests: { storage: backupVolumeSize } },
      },
    }),
  );
}

/** Labels of the backup pods: their own name, so no MongoDB Service selects them. */
export function mongoBackupPodLabels(settings: DeploySettings): Record<string, string> {
  return { ...componentLabels(mongodb, settings), ...selectorLabels({ name: mongoBackupName }) };
}

/** One run at a time (Forbid); a run that cannot start within the hour waits for the next. */
export function mongoBackupCronJob(settings: DeploySettings) {
  const port = mongodb.ports[0]?.containerPort ?? 27017;
  const labels = mongoBackupPodLabels(settings);
  return validated(
    new CronJob({
      metadata: metadataFor(mongoBackupName, mongodb, settings),
      spec: {
        schedule: mongoBackupSchedule,
        timeZone: 'Etc/UTC',
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds: 3600,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          spec: {
            backoffLimit: 2,
            activeDeadlineSeconds: 3600,
            template: {
              metadata: { labels },
              spec: withStorageLimits({
                restartPolicy: 'Never',
                serviceAccountName: serviceAccountName('mongodb'),
                automountServiceAccountToken: false,
                securityContext: podSecurityContext(imageUid.mongodb),
                containers: [
                  {
                    name: 'backup',
                    image: imageRef(settings, mongodb.image),
                    imagePullPolicy: imagePullPolicy(settings, mongodb.image),
                    command: ['sh', `/scripts/${mongoBackupScriptKey}`],
                    env: [
                      {
                        name: 'MONGODB_HOSTS',
                        value: memberHosts('mongodb', mongodb.replicas, port, settings).join(','),
                      },
                      { name: 'RS_NAME', value: mongoReplicaSet },
                      { name: 'BACKUP_DIR', value: '/backup' },
                      { name: 'BACKUP_KEEP', value: String(mongoBackupKeep) },
                      mongoSecretEnv('ROOT_USERNAME', mongoSecret.rootUser),
                      mongoSecretEnv('ROOT_PASSWORD', mongoSecret.rootPassword),
                    ],
                    resources: {
                      requests: { cpu: '50m', memory: '128Mi' },
                      limits: { cpu: '1', memory: '512Mi' },
                    },
                    securityContext: containerSecurityContext(true),
                    volumeMounts: [
                      { name: 'scripts', mountPath: '/scripts', readOnly: true },
                      { name: 'backup', mountPath: '/backup' },
                      { name: 'tmp', mountPath: '/tmp' },
                    ],
                  },
                ],
                volumes: [
                  { name: 'scripts', configMap: { name: configMapName('mongodb') } },
                  { name: 'backup', persistentVolumeClaim: { claimName: mongoBackupName } },
                  { name: 'tmp', emptyDir: { sizeLimit: '16Mi' } },
                ],
              }),
            },
          },
        },
      },
    }),
  );
}
