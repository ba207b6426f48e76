import { createServer } from 'node:net';
import { startCongoServer, type StartedCongoServer } from '../engine/start-congo-server.js';
import { createMongoConnection, type MongoConnection } from './create-mongo-connection.js';
import { MongoConnectionError } from './mongo-connection-error.js';
import type { MongoLogger } from './mongo-logger.js';

interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  meta: Record<string, unknown> | undefined;
}

function recordingLogger(): MongoLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string, meta?: Record<string, unknown>) =>
    lines.push({ level, message, meta });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** A port nothing listens on (reserved, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const fastAttempts = { serverSelectionTimeoutMS: 200, initialDelayMs: 20, maxDelayMs: 80 };

describe('connect retries', () => {
  let mongo: MongoConnection | undefined;
  let server: StartedCongoServer | undefined;

  afterEach(async () => {
    await mongo?.close();
    await server?.stop();
    mongo = undefined;
    server = undefined;
  });

  it('when no server ever answers, then connect gives up after maxRetries with a clear error and never logs the password', async () => {
    const port = await closedPort();
    const logger = recordingLogger();
    mongo = createMongoConnection({
      uri: `mongodb://shop:hunter2@127.0.0.1:${port}/aneis`,
      logger,
      maxRetries: 2,
      ...fastAttempts,
    });

    const failure = await mongo.connect().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MongoConnectionError);
    const error = failure as MongoConnectionError;
    expect(error.attempts).toBe(3);
    expect(error.message).toContain(
      `Could not connect to MongoDB at mongodb://***@127.0.0.1:${port}/aneis after 3 attempts`,
    );
    expect(error.message).toContain('ECONNREFUSED');
    expect(logger.lines.filter((line) => line.message === 'Connecting to MongoDB')).toHaveLength(3);
    expect(logger.lines.filter((line) => line.message.includes('retrying'))).toHaveLength(2);
    expect(logger.lines.filter((line) => line.level === 'error')).toHaveLength(1);
    expect(logger.lines.at(-1)).toMatchObject({
      level: 'error',
      message: 'Giving up connecting to MongoDB',
    });
    expect(JSON.stringify(logger.lines)).not.toContain('hunter2');
    expect(error.message).not.toContain('hunter2');
    expect(mongo.isReady()).toBe(false);
  });

  it('when the server comes up while connect is backing off, then a later attempt succeeds', async () => {
    const port = await closedPort();
    const logger = recordingLogger();
    mongo = createMongoConnection({
      uri: `mongodb://127.0.0.1:${port}/`,
      dbName: 'retry',
      embedded: true,
      logger,
      maxRetries: 20,
      ...fastAttempts,
    });

    const connecting = mongo.connect();
    await vi.waitFor(() => {
      expect(logger.lines.some((line) => line.level === 'warn')).toBe(true);
    });
    server = await startCongoServer({ port });
    await connecting;

    expect(mongo.isReady()).toBe(true);
    expect(await mongo.ping()).toBe(true);
    const attempts = logger.lines.filter((line) => line.message === 'Connecting to MongoDB');
    expect(attempts.length).toBeGreaterThan(1);
  });

  it('when closed while backing off, then connect stops retrying and rejects', async () => {
    const port = await closedPort();
    const logger = recordingLogger();
    mongo = createMongoConnection({
      uri: `mongodb://127.0.0.1:${port}/`,
      logger,
      maxRetries: 50,
      serverSelectionTimeoutMS: 100,
      initialDelayMs: 5_000,
      maxDelayMs: 5_000,
    });

    const connecting = mongo.connect().catch((error: unknown) => error);
    await vi.waitFor(() => {
      expect(logger.lines.some((line) => line.level === 'warn')).toBe(true);
    });
    await mongo.close();

    const failure = await connecting;
    expect(failure).toBeInstanceOf(MongoConnectionError);
    expect((failure as Error).message).toContain('closed while connecting');
  });
});
