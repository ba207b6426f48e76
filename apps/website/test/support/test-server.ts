import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@aneis/logging';
import { loadSite } from '../../src/serving/load-site.js';
import {
  startWebsiteServer,
  type RunningWebsiteServer,
} from '../../src/serving/start-website-server.js';

/** A real logger whose JSON lines are kept for assertions instead of printed. */
export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const captured: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      captured.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ service: 'website-test', level: 'http', stream });
  const lines = () =>
    captured
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines };
}

export interface TestServer extends RunningWebsiteServer {
  /** Stands in for `process` as the source of SIGTERM and SIGINT. */
  signals: EventEmitter;
  exitCodes: number[];
  logLines: () => Record<string, unknown>[];
}

/** The real website server on a free port, serving `publicDir`, with no hold on `process`. */
export async function startTestServer(publicDir: string, graceMs = 2000): Promise<TestServer> {
  const { logger, lines } = capturingLogger();
  const signals = new EventEmitter();
  const exitCodes: number[] = [];
  const running = await startWebsiteServer({
    site: await loadSite(publicDir),
    logger,
    port: 0,
    host: '127.0.0.1',
    graceMs,
    signals,
    exit: (code) => exitCodes.push(code),
  });
  return { ...running, signals, exitCodes, logLines: lines };
}
