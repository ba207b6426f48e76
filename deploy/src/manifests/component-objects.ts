import type { ComponentSpec } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { appConfigMap } from './app-config.js';
import { autoscalerFor, disruptionBudgetFor } from './availability.js';
import type { KubeObject } from './kube-object.js';
import { imageVolumeClaim } from './image-store.js';
import { mongoConfigMap, mongoStatefulSet } from './mongodb.js';
import { mongoBackupClaim, mongoBackupCronJob, mongoBackupName } from './mongodb-backup.js';
import { mongoInitJobName, mongoInitJob } from './mongodb-init-job.js';
import { clientOnlyPolicy, networkPolicyFor } from './network-policies.js';
import { redisConfigMap, redisStatefulSet, sentinelStatefulSet } from './redis.js';
import { rsyslogConfigMap, rsyslogStatefulSet } from './rsyslog.js';
import { serviceAccountFor } from './service-account.js';
import { clusterService, headlessService } from './services.js';
import { statelessDeployment } from './stateless-workload.js';

/** The objects specific to each kind: config, workload and, for MongoDB, the init Job. */
function workloadObjects(c: ComponentSpec, s: DeploySettings): KubeObject[] {
  switch (c.kind) {
    case 'web':
      return [appConfigMap(c, s), clusterService(c, s), statelessDeployment(c, s)];
    case 'server': {
      const claim = imageVolumeClaim(c, s);
      return [
        appConfigMap(c, s),
        ...(claim ? [claim] : []),
        clusterService(c, s),
        statelessDeployment(c, s),
      ];
    }
    case 'mongodb':
      return [mongoConfigMap(s), headlessService(c, s), mongoStatefulSet(s)];
    case 'redis':
      return [redisConfigMap(s), headlessService(c, s), redisStatefulSet(s)];
    case 'redis-sentinel':
      return [headlessService(c, s), clusterService(c, s), sentinelStatefulSet(s)];
    case 'rsyslog':
      return [
        rsyslogConfigMap(s),
        headlessService(c, s),
        clusterService(c, s),
        rsyslogStatefulSet(s),
      ];
  }
}

/** Everything one component needs, in the order kubectl should create it. */
export function componentObjects(c: ComponentSpec, s: DeploySettings): KubeObject[] {
  const extraClients = c.kind === 'mongodb' ? [mongoInitJobName, mongoBackupName] : [];
  return [
    serviceAccountFor(c, s),
    networkPolicyFor(c, s, extraClients),
    ...workloadObjects(c, s),
    ...(c.maxReplicas ? [autoscalerFor(c, s)] : []),
    ...(c.replicas > 1 ? [disruptionBudgetFor(c, s)] : []),
  ];
}

/** The Job that initiates the replica set runs once MongoDB's members are up. */
export function mongoInitObjects(mongodb: ComponentSpec, s: DeploySettings): KubeObject[] {
  return [clientOnlyPolicy(mongoInitJobName, mongodb, mongodb, s), mongoInitJob(s)];
}

/** The daily backup: its volume, the CronJob, and a policy that lets it reach MongoDB only. */
export function mongoBackupObjects(mongodb: ComponentSpec, s: DeploySettings): KubeObject[] {
  return [
    clientOnlyPolicy(mongoBackupName, mongodb, mongodb, s),
    mongoBackupClaim(s),
    mongoBackupCronJob(s),
  ];
}
