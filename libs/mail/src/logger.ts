/**
 * The slice of a logger this library needs. A winston logger fits it, and so does a test double
 * that records calls; this library stays free of any logging library.
 */
export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}
