/**
 * The few logging calls this lib makes. Structurally compatible with winston and with the
 * logging lib's logger, so callers pass theirs without this lib depending on either.
 */
export interface MongoLogger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export const silentMongoLogger: MongoLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
