import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { topology } from '../topology/topology.js';
import type { DeploySettings } from '../settings/settings.js';
import { imagePullPolicy, imageRef } from '../settings/resolve-settings.js';
import {
  logFileCount,
  maxFileBytesFor,
  rotateLogScript,
  rsyslogConf,
} from '../config-files/rsyslog-conf.js';
import { configChecksum } from './checksum.js';
import { containerPorts, resourcesFor, scratchVolume, tcpProbes } from './container-parts.js';
import { componentLabels, metadataFor, selectorLabels } from './labels.js';
import { validated } from './kube-object.js';
import { configMapName, headlessServiceName, serviceAccountName } from './names.js';
import { withStorageLimits } from './pod-storage.js';
import { affinityFor } from './scheduling.js';
import { mebibytes } from './quantities.js';
import { containerSecurityContext, imageUid, podSecurityContext } from './security-context.js';
import { volumeClaimTemplate } from './volume-claims.js';

const rsyslog = topology.rsyslog;
const logDir = rsyslog.storage?.mountPath ?? '/var/log/aneis';

export function rsyslogConfigData(): Record<string, string> {
  return {
    'rsyslog.conf': rsyslogConf({
      port: rsyslog.ports[0]?.containerPort ?? 5140,
      logDir,
      workDir: '/tmp',
      rotateScript: '/config/rotate-log.sh',
      // the volume, shared by every source's two generations
      maxFileBytes: maxFileBytesFor(mebibytes(rsyslog.storage?.size ?? '50Mi'), logFileCount()),
    }),
    'rotate-log.sh': rotateLogScript,
  };
}

export function rsyslogConfigMap(settings: DeploySettings) {
  return validated(
    new ConfigMap({
      metadata: metadataFor(configMapName('rsyslog'), rsyslog, settings),
      data: rsyslogConfigData(),
    }),
  );
}

/** One sink with its 50 Mi ReadWriteOnce volume; `-n` keeps rsyslogd in the foreground. */
export function rsyslogStatefulSet(settings: DeploySettings) {
  return validated(
    new StatefulSet({
      metadata: metadataFor('rsyslog', rsyslog, settings),
      spec: {
        serviceName: headlessServiceName('rsyslog'),
        replicas: rsyslog.replicas,
        selector: { matchLabels: selectorLabels(rsyslog) },
        template: {
          metadata: {
            labels: componentLabels(rsyslog, settings),
            annotations: configChecksum(rsyslogConfigData()),
          },
          spec: withStorageLimits({
            serviceAccountName: serviceAccountName('rsyslog'),
            automountServiceAccountToken: false,
            securityContext: podSecurityContext(imageUid.rsyslog),
            affinity: affinityFor(rsyslog, settings),
            containers: [
              {
                name: 'rsyslog',
                image: imageRef(settings, rsyslog.image),
                imagePullPolicy: imagePullPolicy(settings, rsyslog.image),
                command: [
                  'rsyslogd',
                  '-n',
                  '-f',
                  '/config/rsyslog.conf',
                  '-i',
                  '/tmp/rsyslogd.pid',
                ],
                ports: containerPorts(rsyslog),
                ...tcpProbes('syslog-tcp'),
                resources: resourcesFor(rsyslog),
                securityContext: containerSecurityContext(true),
                volumeMounts: [
                  { name: 'config', mountPath: '/config', readOnly: true },
                  { name: 'logs', mountPath: logDir },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [
              { name: 'config', configMap: { name: configMapName('rsyslog'), defaultMode: 0o555 } },
              scratchVolume('tmp', '16Mi'),
            ],
          }),
        },
        volumeClaimTemplates: [volumeClaimTemplate('logs', rsyslog, settings)],
      },
    }),
  );
}
