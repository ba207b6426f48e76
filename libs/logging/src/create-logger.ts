import winston from 'winston';
import { errorFieldsFormat } from './error-fields-format.js';
import { jsonLineFormat } from './json-line-format.js';
import { keepErrorsUntouched } from './keep-errors-untouched.js';
import { redactFormat } from './redact-format.js';
import { SyslogTransport, type SyslogOptions } from './syslog/syslog-transport.js';

/** winston's logger; `logger.child({ requestId })` scopes it to a request. */
export type Logger = winston.Logger;

export const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface CreateLoggerOptions {
  /** Shown as `service` in every line and as the syslog APP-NAME. */
  service: string;
  level?: LogLevel;
  /** When given, every line also goes to rsyslog. */
  syslog?: SyslogOptions | undefined;
  /** Where JSON lines go; process.stdout unless a test captures them. */
  stream?: NodeJS.WritableStream;
}

export function createLogger(options: CreateLoggerOptions): Logger {
  const transports: winston.transport[] = [
    new winston.transports.Stream({ stream: options.stream ?? process.stdout, eol: '\n' }),
  ];
  if (options.syslog !== undefined) {
    transports.push(new SyslogTransport({ ...options.syslog, appName: options.service }));
  }
  const logger = winston.createLogger({
    level: options.level ?? 'info',
    levels: winston.config.npm.levels,
    defaultMeta: { service: options.service },
    // Redaction sits in the logger's format, ahead of every transport, so none can bypass it.
    format: winston.format.combine(errorFieldsFormat(), redactFormat(), jsonLineFormat()),
    transports,
    exitOnError: false,
  });
  keepErrorsUntouched(logger);
  return logger;
}
