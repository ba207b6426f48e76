export {
  createLogger,
  LOG_LEVELS,
  type CreateLoggerOptions,
  type Logger,
  type LogLevel,
} from './create-logger.js';
export { redact, isSensitiveKey, REDACTED } from './redact.js';
export { SYSLOG_FACILITIES, type SyslogFacility } from './syslog/rfc5424.js';
export type { SyslogOptions } from './syslog/syslog-transport.js';
