import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLogger, type Logger } from '@aneis/logging';
import { rotateLogScript, rsyslogConf } from '../src/config-files/rsyslog-conf.js';
import {
  eventually,
  freePort,
  hasBinary,
  portOpen,
  skipNotice,
  start,
  stop,
  type Started,
} from './support/processes.js';

skipNotice('rsyslogd', 'rsyslog');

describe.skipIf(!hasBinary('rsyslogd'))('our logging lib into a real rsyslogd', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aneis-rsyslog-lib-'));
  const logDir = join(dir, 'logs');
  let port = 0;
  let rsyslogd: Started | undefined;
  const loggers: Logger[] = [];
  const read = (file: string) =>
    existsSync(join(logDir, file)) ? readFileSync(join(logDir, file), 'utf8') : '';

  beforeAll(async () => {
    mkdirSync(logDir);
    mkdirSync(join(dir, 'work'));
    port = await freePort();
    writeFileSync(join(dir, 'rotate-log.sh'), rotateLogScript, { mode: 0o755 });
    const conf = rsyslogConf({
      port,
      address: '127.0.0.1',
      logDir,
      workDir: join(dir, 'work'),
      rotateScript: join(dir, 'rotate-log.sh'),
      maxFileBytes: 1_000_000,
    });
    writeFileSync(join(dir, 'rsyslog.conf'), conf);
    rsyslogd = start(
      'rsyslogd',
      ['-n', '-f', join(dir, 'rsyslog.conf'), '-i', join(dir, 'pid')],
      {},
    );
    await eventually('rsyslogd listening', () => portOpen(port));
  });

  afterAll(async () => {
    for (const logger of loggers) logger.close();
    await stop(rsyslogd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the servers log over UDP and TCP as configured, then each line lands in its own file', async () => {
    const run = randomUUID();
    const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
    const shopping = createLogger({
      service: 'shopping-server',
      syslog: { host: '127.0.0.1', port, protocol: 'udp', facility: 'local0' },
      stream: silent,
    });
    const management = createLogger({
      service: 'management-server',
      syslog: { host: '127.0.0.1', port, protocol: 'tcp', facility: 'local1' },
      stream: silent,
    });
    loggers.push(shopping, management);
    shopping.info('order placed', { run });
    management.warn('product edited', { run });

    await eventually('shopping-server.log', async () =>
      read('shopping-server.log').includes(run) ? true : undefined,
    );
    await eventually('management-server.log', async () =>
      read('management-server.log').includes(run) ? true : undefined,
    );
    expect(read('shopping-server.log')).toContain('order placed');
    expect(read('shopping-server.log')).not.toContain('product edited');
    expect(read('management-server.log')).toContain('product edited');
    expect(read('other.log')).not.toContain(run);
  });
});
