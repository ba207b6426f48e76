import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import { topology } from '../topology/topology.js';
import type { ComponentName } from '../topology/topology-types.js';
import type { DeploySettings } from '../settings/settings.js';
import { imagePullPolicy, imageRef } from '../settings/resolve-settings.js';
import { forwardLogsScript, logForwarderConf } from '../config-files/log-forwarder-conf.js';
import { execProbes, scratchVolume } from './container-parts.js';
import { configMapName, serviceHost } from './names.js';
import { containerSecurityContext } from './security-context.js';

/*
 * MongoDB, Redis and the Sentinels cannot send syslog over the network, so they write their log
 * to a file on a volume the pod shares with a small rsyslog sidecar, which ships every line to
 * the central rsyslog. The sidecar runs as the pod's user (pod securityContext), so it can read
 * and empty the files the program writes.
 */

/** Where the writers put their log file and the sidecar reads it. */
export const appLogDir = '/logs';
const volumeName = 'app-logs';
const forwarderDir = '/forwarder';
const forwarderTmp = 'forwarder-tmp';
const pidFile = '/tmp/rsyslogd.pid';

export const forwardLogsScriptKey = 'forward-logs.sh';

export function forwarderConfKey(name: ComponentName): string {
  return `log-forwarder-${name}.conf`;
}

export function appLogFile(name: ComponentName): string {
  return `${appLogDir}/${name}.log`;
}

/** The ConfigMap entries a component's forwarder needs (added to the component's ConfigMap). */
export function logForwarderConfigData(
  names: readonly ComponentName[],
  settings: DeploySettings,
): Record<string, string> {
  const data: Record<string, string> = { [forwardLogsScriptKey]: forwardLogsScript };
  for (const name of names) {
    data[forwarderConfKey(name)] = logForwarderConf({
      files: [{ path: appLogFile(name), tag: name }],
      target: serviceHost('rsyslog', settings),
      port: topology.rsyslog.ports.find((p) => p.protocol === 'TCP')?.servicePort ?? 5000,
      workDir: '/tmp',
    });
  }
  return data;
}

const alive = ['sh', '-c', `kill -0 "$(cat ${pidFile})"`];

/** The sidecar container; `configMap` is the component's ConfigMap holding its forwarder conf. */
export function logForwarderContainer(name: ComponentName, settings: DeploySettings): IContainer {
  return {
    name: 'log-forwarder',
    image: imageRef(settings, topology.rsyslog.image),
    imagePullPolicy: imagePullPolicy(settings, topology.rsyslog.image),
    command: ['sh', `${forwarderDir}/${forwardLogsScriptKey}`],
    env: [
      { name: 'LOG_DIR', value: appLogDir },
      { name: 'FORWARDER_CONF', value: `${forwarderDir}/${forwarderConfKey(name)}` },
      { name: 'PID_FILE', value: pidFile },
      // 4 MiB per file, well inside the volume's limit
      { name: 'MAX_LOG_BYTES', value: '4194304' },
    ],
    ...execProbes(alive, alive, 60),
    resources: {
      requests: { cpu: '5m', memory: '16Mi' },
      limits: { cpu: '100m', memory: '64Mi' },
    },
    securityContext: containerSecurityContext(true),
    volumeMounts: [
      { name: `${volumeName}-config`, mountPath: forwarderDir, readOnly: true },
      { name: volumeName, mountPath: appLogDir },
      { name: forwarderTmp, mountPath: '/tmp' },
    ],
  };
}

/** Mount for the program that writes the log file. */
export const appLogMount: IVolumeMount = { name: volumeName, mountPath: appLogDir };

export function logForwarderVolumes(configMap: ComponentName): IVolume[] {
  return [
    scratchVolume(volumeName, '32Mi'),
    scratchVolume(forwarderTmp, '8Mi'),
    { name: `${volumeName}-config`, configMap: { name: configMapName(configMap) } },
  ];
}
