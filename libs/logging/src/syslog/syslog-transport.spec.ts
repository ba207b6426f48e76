import { Writable } from 'node:stream';
import {
  freePort,
  parseRfc5424,
  startTcpListener,
  startUdpListener,
  type SyslogListener,
} from '../../test/syslog-listeners.js';
import { pause, until } from '../../test/until.js';
import { createLogger, type Logger } from '../create-logger.js';

function discard() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { stream, chunks };
}

const fastReconnect = { min: 20, max: 100 };

describe('syslog transport', () => {
  const loggers: Logger[] = [];
  const listeners: SyslogListener[] = [];

  function track<T extends SyslogListener>(listener: T): T {
    listeners.push(listener);
    return listener;
  }

  function logTo(port: number, protocol: 'udp' | 'tcp', maxQueueLength?: number) {
    const stdout = discard();
    const logger = createLogger({
      service: 'shopping-server',
      stream: stdout.stream,
      syslog: {
        host: '127.0.0.1',
        port,
        protocol,
        facility: 'local0',
        reconnectDelayMs: fastReconnect,
        ...(maxQueueLength === undefined ? {} : { maxQueueLength }),
      },
    });
    loggers.push(logger);
    return { logger, stdout };
  }

  afterEach(async () => {
    for (const logger of loggers.splice(0)) logger.close();
    await Promise.all(listeners.splice(0).map((listener) => listener.stop()));
  });

  describe('over UDP', () => {
    it('when logging, then the listener receives an RFC 5424 datagram with the right PRI', async () => {
      const listener = track(await startUdpListener());
      const { logger } = logTo(listener.port, 'udp');

      logger.info('hello syslog', { orderId: 'o-1' });
      logger.error('it broke');

      await until(() => listener.messages.length === 2);
      const [info, error] = listener.messages.map(parseRfc5424);
      expect(info).toMatchObject({
        pri: 16 * 8 + 6,
        appName: 'shopping-server',
        procId: String(process.pid),
        msgId: '-',
        structuredData: '-',
      });
      expect(new Date(info?.timestamp ?? '').toISOString()).toBe(info?.timestamp);
      expect(JSON.parse(info?.message ?? '')).toMatchObject({
        level: 'info',
        service: 'shopping-server',
        message: 'hello syslog',
        orderId: 'o-1',
      });
      expect(error?.pri).toBe(16 * 8 + 3);
    });

    it('when metadata holds a password, then neither stdout nor syslog sees it', async () => {
      const listener = track(await startUdpListener());
      const { logger, stdout } = logTo(listener.port, 'udp');

      logger.info('login', { email: 'ann@example.com', password: 'hunter2' });

      await until(() => listener.messages.length === 1 && stdout.chunks.length === 1);
      expect(listener.messages[0]).toContain('[redacted]');
      expect(listener.messages[0]).not.toContain('hunter2');
      expect(stdout.chunks[0]).not.toContain('hunter2');
    });

    it('when nobody listens, then logging neither throws nor crashes', async () => {
      const { logger } = logTo(await freePort(), 'udp');

      expect(() => {
        for (let i = 0; i < 50; i += 1) logger.info(`into the void ${i}`);
      }).not.toThrow();
      await pause(100);
    });
  });

  describe('over TCP', () => {
    it('when logging, then the listener receives octet-counted RFC 5424 frames', async () => {
      const listener = track(await startTcpListener());
      const { logger } = logTo(listener.port, 'tcp');

      logger.info('first');
      logger.warn('second\nwith a newline', { password: 'hunter2' });

      await until(() => listener.messages.length === 2);
      expect(listener.badFrames).toBe(0);
      const [first, second] = listener.messages.map(parseRfc5424);
      expect(first?.pri).toBe(134);
      expect(JSON.parse(first?.message ?? '')).toMatchObject({ message: 'first' });
      expect(second?.pri).toBe(132);
      expect(JSON.parse(second?.message ?? '')).toMatchObject({
        message: 'second\nwith a newline',
        password: '[redacted]',
      });
      expect(listener.messages.join('')).not.toContain('hunter2');
    });

    it('when the listener goes away and comes back, then later messages arrive', async () => {
      const first = track(await startTcpListener());
      const { logger } = logTo(first.port, 'tcp');
      logger.info('before the restart');
      await until(() => first.messages.length === 1);

      await first.stop();
      expect(() => logger.info('while rsyslog is down')).not.toThrow();
      const second = track(await startTcpListener(first.port));
      await until(() => second.connections === 1);
      logger.info('after the restart');

      await until(() => second.messages.some((m) => m.includes('after the restart')));
      expect(second.badFrames).toBe(0);
    });

    it('when nobody listens at first, then queued messages arrive once a listener appears', async () => {
      const port = await freePort();
      const { logger } = logTo(port, 'tcp');

      logger.info('queued one');
      logger.info('queued two');
      await pause(50);
      const listener = track(await startTcpListener(port));

      await until(() => listener.messages.length === 2);
      expect(listener.messages.map((m) => JSON.parse(parseRfc5424(m).message).message)).toEqual([
        'queued one',
        'queued two',
      ]);
    });

    it('when the queue overflows while down, then the oldest are dropped and the loss reported', async () => {
      const port = await freePort();
      const { logger } = logTo(port, 'tcp', 3);

      for (let i = 1; i <= 10; i += 1) logger.info(`message ${i}`);
      const listener = track(await startTcpListener(port));

      await until(() => listener.messages.length === 4);
      const messages = listener.messages.map((m) => JSON.parse(parseRfc5424(m).message).message);
      expect(messages).toEqual([
        'syslog: 7 log messages dropped while rsyslog was unreachable',
        'message 8',
        'message 9',
        'message 10',
      ]);
    });

    it('when nobody ever listens, then logging neither throws nor crashes', async () => {
      const { logger } = logTo(await freePort(), 'tcp', 10);

      expect(() => {
        for (let i = 0; i < 50; i += 1) logger.info(`into the void ${i}`);
      }).not.toThrow();
      await pause(150);
    });
  });
});
