import winston, { type Logger } from 'winston';
import Transport from 'winston-transport';

export interface LogEntry {
  level: string;
  message: string;
  [key: string]: unknown;
}

class MemoryTransport extends Transport {
  readonly entries: LogEntry[] = [];

  override log(info: LogEntry, next: () => void): void {
    this.entries.push(info);
    next();
  }
}

/** A real winston logger whose output lands in an array the test can read. */
export function memoryLogger(): { logger: Logger; entries: LogEntry[] } {
  const transport = new MemoryTransport({ level: 'debug' });
  const logger = winston.createLogger({ level: 'debug', transports: [transport] });
  return { logger, entries: transport.entries };
}
