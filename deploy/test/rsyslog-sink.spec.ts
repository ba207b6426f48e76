import { spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { rotateLogScript, rsyslogConf } from '../src/config-files/rsyslog-conf.js';
import { rsyslogConfigData } from '../src/manifests/rsyslog.js';
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

/** An RFC 5424 line as a syslog transport sends it: facility local0, APP-NAME = service. */
function rfc5424(appName: string, text: string): string {
  return `<134>1 ${new Date().toISOString()} pod-1 ${appName} 42 - - ${text}`;
}

function sendUdp(port: number, message: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.send(message, port, '127.0.0.1', (error) => {
      socket.close();
      if (error) reject(error);
      else resolve();
    });
  });
}

/** Octet-counted framing (RFC 6587), as TCP syslog transports send it. */
function sendTcp(port: number, messages: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end(messages.map((m) => `${Buffer.byteLength(m)} ${m}`).join(''), () => resolve());
    });
    socket.once('error', reject);
  });
}

describe.skipIf(!hasBinary('rsyslogd'))('generated rsyslog.conf on a real rsyslogd', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aneis-rsyslog-'));
  const logDir = join(dir, 'logs');
  const maxFileBytes = 4096;
  let port = 0;
  let rsyslogd: Started | undefined;
  const read = (file: string) =>
    existsSync(join(logDir, file)) ? readFileSync(join(logDir, file), 'utf8') : '';
  const contains = (file: string, text: string) => async () =>
    read(file).includes(text) ? true : undefined;

  beforeAll(async () => {
    mkdirSync(logDir);
    mkdirSync(join(dir, 'work'));
    port = await freePort();
    const rotate = join(dir, 'rotate-log.sh');
    writeFileSync(rotate, rotateLogScript, { mode: 0o755 });
    const conf = rsyslogConf({
      port,
      address: '127.0.0.1',
      logDir,
      workDir: join(dir, 'work'),
      rotateScript: rotate,
      maxFileBytes,
    });
    writeFileSync(join(dir, 'rsyslog.conf'), conf);
    rsyslogd = start(
      'rsyslogd',
      ['-n', '-f', join(dir, 'rsyslog.conf'), '-i', join(dir, 'rsyslogd.pid')],
      {},
    );
    await eventually('rsyslogd listening', () => portOpen(port));
  });

  afterAll(async () => {
    await stop(rsyslogd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the cluster config is checked with rsyslogd -N1, then it passes', () => {
    writeFileSync(join(dir, 'cluster.conf'), rsyslogConfigData()['rsyslog.conf'] ?? '');
    const check = spawnSync('rsyslogd', ['-N1', '-f', join(dir, 'cluster.conf')], {
      encoding: 'utf8',
    });
    expect(check.stderr + check.stdout).toContain('End of config validation run');
    expect(check.status, check.stderr).toBe(0);
  });

  it('when sources log over UDP and TCP, then each message lands in its own file', async () => {
    const run = randomUUID();
    await sendUdp(port, rfc5424('shopping-server', `order placed ${run}`));
    await sendUdp(port, rfc5424('management-server', `product edited ${run}`));
    await sendUdp(port, `<134>Nov 27 04:00:00 pod-2 shopping_webclient: GET /shopping/ 200 ${run}`);
    // nginx's own syslog access log (docker/webclient/nginx.conf: local1, nohostname)
    await sendUdp(port, `<142>Nov 27 04:00:00 management_webclient: GET /assets/a.js 200 ${run}`);
    await sendTcp(port, [
      rfc5424('mongodb', `election won ${run}`),
      rfc5424('redis-sentinel', `+switch-master ${run}`),
    ]);
    await sendUdp(port, rfc5424('something-else', `stray ${run}`));

    await eventually('shopping-server.log', contains('shopping-server.log', `order placed ${run}`));
    await eventually(
      'management-server.log',
      contains('management-server.log', `product edited ${run}`),
    );
    await eventually(
      'shopping-webclient.log',
      contains('shopping-webclient.log', `GET /shopping/ 200 ${run}`),
    );
    await eventually(
      'management-webclient.log',
      contains('management-webclient.log', `GET /assets/a.js 200 ${run}`),
    );
    await eventually('mongodb.log', contains('mongodb.log', `election won ${run}`));
    await eventually('redis.log', contains('redis.log', `+switch-master ${run}`));
    await eventually('other.log', contains('other.log', `stray ${run}`));
    expect(read('shopping-server.log')).not.toContain('product edited');
    expect(read('other.log')).not.toContain('order placed');
    expect(read('shopping-server.log')).toMatch(/pod-1 shopping-server\[42\]: order placed/);
  });

  it('when a source writes past the size bound, then its file is rotated and stays bounded', async () => {
    const run = randomUUID();
    const line = 'x'.repeat(200);
    let sent = 0;
    for (let i = 0; i < 120; i += 1) {
      const message = rfc5424('website', `${run} ${i} ${line}`);
      sent += message.length;
      await sendTcp(port, [message]);
    }
    // the last line may sit in either generation, depending on when the rotation ran
    await eventually('the last line', async () =>
      (read('website.log') + read('website.log.1')).includes(`${run} 119 `) ? true : undefined,
    );
    // right after a rotation the current file may not exist yet: it is created by the next line
    const sizeOf = (name: string): number =>
      existsSync(join(logDir, name)) ? statSync(join(logDir, name)).size : 0;
    const current = sizeOf('website.log');
    const previous = sizeOf('website.log.1');
    // rsyslog checks the size as it flushes its write buffer, so a file may overshoot the bound
    // by a buffer or two; what matters is that it is cut and older lines are let go
    expect(current).toBeLessThanOrEqual(3 * maxFileBytes);
    expect(previous).toBeLessThanOrEqual(3 * maxFileBytes);
    expect(current + previous).toBeLessThan(sent);
    expect(read('website.log') + read('website.log.1')).not.toContain(`${run} 0 `);
  });
});
