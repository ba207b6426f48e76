export { ConfigError, type ConfigIssue } from './config-error.js';
export { readConfig } from './read-config.js';
export { loadConfigOrExit } from './load-config-or-exit.js';
export { isSecretVariable } from './secret-variables.js';
export { SERVER_NODE_CLI_FLAGS, SERVER_NODE_OPTIONS } from './server-node-options.js';
export {
  DEPENDENCY_UNREADY_AFTER_MS,
  READINESS_CHECK_TIMEOUT_MS,
  SHUTDOWN_TIMING,
  terminationGraceSeconds,
} from './probe-timings.js';

export { booleanFlag } from './fragments/boolean-flag.js';
export { commaList } from './fragments/comma-list.js';
export { durationMs } from './fragments/duration-ms.js';
export { LOG_LEVELS, logLevel, type LogLevel } from './fragments/log-level.js';
export { NODE_ENVS, nodeEnv, type NodeEnv } from './fragments/node-env.js';
export { port } from './fragments/port.js';
export { positiveInt } from './fragments/positive-int.js';
export {
  SYSLOG_FACILITIES,
  SYSLOG_PROTOCOLS,
  syslogFacility,
  syslogProtocol,
  type SyslogFacility,
  type SyslogProtocol,
} from './fragments/syslog.js';
export { iban, passesIbanCheck } from './fragments/iban.js';
export { trustProxy, type TrustProxySetting } from './fragments/trust-proxy.js';
export { baseUrl, origin, url } from './fragments/url.js';
export { IN_MEMORY_REDIS_URL } from './fragments/redis-url.js';

export type { AppName } from './schemas/app-names.js';
export type { SyslogTarget } from './schemas/runtime-env.js';
export {
  shoppingServerConfigSchema,
  type ShoppingServerConfig,
} from './schemas/shopping-server.js';
export {
  managementServerConfigSchema,
  type ManagementServerConfig,
} from './schemas/management-server.js';
export { websiteConfigSchema, type WebsiteConfig } from './schemas/website.js';
export { environmentVariables, type EnvironmentVariable } from './environment-variables.js';
