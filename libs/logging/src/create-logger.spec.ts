import { Writable } from 'node:stream';
import { until } from '../test/until.js';
import { createLogger, type Logger } from './create-logger.js';

function captureStream() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const text = chunk.toString('utf8');
      raw.push(text);
      for (const line of text.split('\n').filter((l) => l !== '')) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { stream, lines, raw };
}

describe('createLogger', () => {
  let logger: Logger;
  let output: ReturnType<typeof captureStream>;

  beforeEach(() => {
    output = captureStream();
    logger = createLogger({ service: 'shopping-server', level: 'debug', stream: output.stream });
  });

  afterEach(() => {
    logger.close();
  });

  it('when logging with metadata, then one JSON object per line leads with the standard fields', async () => {
    logger.info('order placed', { orderId: 'o-1', total: 42 });

    await until(() => output.lines.length === 1);
    expect(output.raw[0]?.endsWith('\n')).toBe(true);
    expect(Object.keys(output.lines[0] ?? {})).toEqual([
      'timestamp',
      'level',
      'service',
      'message',
      'orderId',
      'total',
    ]);
    expect(output.lines[0]).toEqual({
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      service: 'shopping-server',
      message: 'order placed',
      orderId: 'o-1',
      total: 42,
    });
  });

  it('when the level is below the threshold, then nothing is written', async () => {
    logger.silly('noise');
    logger.debug('kept');

    await until(() => output.lines.length === 1);
    expect(output.lines.map((line) => line.message)).toEqual(['kept']);
  });

  it('when a child logger is used, then its fields appear on every line', async () => {
    const requestLogger = logger.child({ requestId: 'req-7' });

    requestLogger.warn('slow query', { ms: 900 });

    await until(() => output.lines.length === 1);
    expect(output.lines[0]).toMatchObject({
      level: 'warn',
      service: 'shopping-server',
      requestId: 'req-7',
      message: 'slow query',
      ms: 900,
    });
  });

  it('when a password is in the metadata, then it never reaches stdout', async () => {
    const meta = { user: { email: 'ann@example.com', password: 'hunter2' }, token: 'tok-1' };

    logger.info('signup', meta);

    await until(() => output.lines.length === 1);
    expect(output.raw.join('')).not.toContain('hunter2');
    expect(output.raw.join('')).not.toContain('tok-1');
    expect(output.lines[0]).toMatchObject({
      user: { password: '[redacted]' },
      token: '[redacted]',
    });
    expect(meta.user.password).toBe('hunter2');
  });

  it('when the metadata is circular, then the line is still written', async () => {
    const meta: Record<string, unknown> = { id: 1 };
    meta.self = meta;

    logger.info('loop', meta);

    await until(() => output.lines.length === 1);
    // winston copies the metadata's fields onto a new object, so the cycle shows one level down.
    expect(output.lines[0]).toMatchObject({ id: 1, self: { id: 1, self: '[circular]' } });
  });

  describe('errors', () => {
    class PaymentError extends Error {
      override name = 'PaymentError';
      code = 'card_declined';
    }

    const expectedErr = {
      name: 'PaymentError',
      message: 'card declined',
      stack: expect.stringContaining('card declined'),
    };

    it('when logged as { err }, then name, message and stack appear under err', async () => {
      logger.error('payment failed', { err: new PaymentError('card declined') });

      await until(() => output.lines.length === 1);
      expect(output.lines[0]).toMatchObject({
        message: 'payment failed',
        err: { ...expectedErr, code: 'card_declined' },
      });
    });

    it('when the error itself is logged, then it is the message and appears under err', async () => {
      logger.error(new PaymentError('card declined'));

      await until(() => output.lines.length === 1);
      expect(output.lines[0]).toMatchObject({
        level: 'error',
        service: 'shopping-server',
        message: 'card declined',
        err: expectedErr,
      });
    });

    it('when a child logger logs the error itself, then name, message and stack survive', async () => {
      logger.child({ requestId: 'req-9' }).error(new PaymentError('card declined'));

      await until(() => output.lines.length === 1);
      expect(output.lines[0]).toMatchObject({
        requestId: 'req-9',
        message: 'card declined',
        err: expectedErr,
      });
    });

    it('when an error is logged, then the Error object gains no fields', async () => {
      const error = new PaymentError('card declined');

      logger.error(error);
      logger.child({ requestId: 'req-1' }).error(error);
      logger.log('error', error);
      logger.error('payment failed', error);

      await until(() => output.lines.length === 4);
      expect(Object.keys(error)).toEqual(['name', 'code']);
      expect(output.lines[3]?.err).not.toHaveProperty('level');
      expect(output.lines[3]?.err).not.toHaveProperty('requestId');
    });

    it('when the error is given as the message field, then it is unpacked', async () => {
      logger.log({ level: 'error', message: new PaymentError('card declined') as never });

      await until(() => output.lines.length === 1);
      expect(output.lines[0]).toMatchObject({ message: 'card declined', err: expectedErr });
    });

    it('when the error follows a message, then it appears under err', async () => {
      logger.error('payment failed', new PaymentError('card declined'));

      await until(() => output.lines.length === 1);
      expect(output.lines[0]).toMatchObject({
        message: expect.stringContaining('payment failed'),
        err: expectedErr,
      });
      expect(output.lines[0]).not.toHaveProperty('stack');
    });
  });
});
