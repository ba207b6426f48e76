type LogMethod = (message: string, meta?: Record<string, unknown>) => unknown;

/** What the website needs from a logger; the winston logger from @aneis/logging fits it. */
export interface WebsiteLogger {
  error: LogMethod;
  warn: LogMethod;
  info: LogMethod;
  http: LogMethod;
}
