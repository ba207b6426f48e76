import { durationMs } from '../fragments/duration-ms.js';
import { SHUTDOWN_TIMING } from '../probe-timings.js';
import { logLevel, type LogLevel } from '../fragments/log-level.js';
import { nodeEnv, type NodeEnv } from '../fragments/node-env.js';
import { port } from '../fragments/port.js';
import {
  syslogFacility,
  syslogProtocol,
  type SyslogFacility,
  type SyslogProtocol,
} from '../fragments/syslog.js';
import { hostName, serviceName } from '../fragments/text-formats.js';

export interface RuntimeDefaults {
  port: number;
  serviceName: string;
  syslogFacility: SyslogFacility;
}

/** Where to send syslog, as `createLogger` from @aneis/logging takes it. */
export interface SyslogTarget {
  host: string;
  port: number;
  protocol: SyslogProtocol;
  facility: SyslogFacility;
}

/** What every process reads: how it runs, listens, logs and shuts down. */
export function runtimeEnvShape(defaults: RuntimeDefaults) {
  return {
    NODE_ENV: nodeEnv,
    PORT: port.default(defaults.port),
    HOST: hostName.default('0.0.0.0'),
    LOG_LEVEL: logLevel.default('info'),
    SERVICE_NAME: serviceName.default(defaults.serviceName),
    SYSLOG_HOST: hostName.optional(),
    SYSLOG_PORT: port.default(5140),
    SYSLOG_PROTOCOL: syslogProtocol.default('udp'),
    SYSLOG_FACILITY: syslogFacility.default(defaults.syslogFacility),
    SHUTDOWN_GRACE_MS: durationMs.default(SHUTDOWN_TIMING.graceMs),
  };
}

export interface RuntimeEnv {
  NODE_ENV: NodeEnv;
  PORT: number;
  HOST: string;
  LOG_LEVEL: LogLevel;
  SERVICE_NAME: string;
  SYSLOG_HOST?: string | undefined;
  SYSLOG_PORT: number;
  SYSLOG_PROTOCOL: SyslogProtocol;
  SYSLOG_FACILITY: SyslogFacility;
  SHUTDOWN_GRACE_MS: number;
}

export function toRuntimeConfig(env: RuntimeEnv) {
  const syslog: SyslogTarget | undefined =
    env.SYSLOG_HOST === undefined
      ? undefined
      : {
          host: env.SYSLOG_HOST,
          port: env.SYSLOG_PORT,
          protocol: env.SYSLOG_PROTOCOL,
          facility: env.SYSLOG_FACILITY,
        };
  return {
    nodeEnv: env.NODE_ENV,
    serviceName: env.SERVICE_NAME,
    logLevel: env.LOG_LEVEL,
    syslog,
    server: { host: env.HOST, port: env.PORT, shutdownGraceMs: env.SHUTDOWN_GRACE_MS },
  };
}
