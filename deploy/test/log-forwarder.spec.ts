import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { forwardLogsScript, logForwarderConf } from '../src/config-files/log-forwarder-conf.js';
import { rotateLogScript, rsyslogConf } from '../src/config-files/rsyslog-conf.js';
import { defaultSettings } from '../src/settings/settings.js';
import { ofKind, plainRelease } from './support/release-objects.js';
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

const forwarderConfs = ofKind(plainRelease(defaultSettings), 'ConfigMap').flatMap((m) =>
  Object.entries(m.data ?? {}).filter(([key]) => /^log-forwarder-.+\.conf$/.test(key)),
);

describe('log forwarder sidecars in the manifests', () => {
  it('when MongoDB, Redis and the Sentinels run, then each ships its file under its own name', () => {
    expect(forwarderConfs.map(([key]) => key).sort()).toEqual([
      'log-forwarder-mongodb.conf',
      'log-forwarder-redis-sentinel.conf',
      'log-forwarder-redis.conf',
    ]);
    for (const [key, conf] of forwarderConfs) {
      const name = key.replace(/^log-forwarder-|\.conf$/g, '');
      expect(conf).toContain(`file="/logs/${name}.log" tag="${name}"`);
      expect(conf).toContain(
        'target="rsyslog.gic-asenhoradosaneis.svc.cluster.local" port="5000" protocol="tcp"',
      );
    }
  });
});

describe.skipIf(!hasBinary('rsyslogd'))('a forwarder rsyslogd into the central one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aneis-forwarder-'));
  const sinkDir = join(dir, 'sink');
  const appLogs = join(dir, 'app-logs');
  const maxLogBytes = 2000;
  let central: Started | undefined;
  let forwarder: Started | undefined;
  const read = (file: string) =>
    existsSync(join(sinkDir, file)) ? readFileSync(join(sinkDir, file), 'utf8') : '';
  const landed = (file: string, text: string) => async () =>
    read(file).includes(text) ? true : undefined;

  beforeAll(async () => {
    for (const d of [sinkDir, appLogs, join(dir, 'central-work'), join(dir, 'forwarder-work')]) {
      mkdirSync(d);
    }
    const port = await freePort();
    writeFileSync(join(dir, 'rotate-log.sh'), rotateLogScript, { mode: 0o755 });
    writeFileSync(
      join(dir, 'central.conf'),
      rsyslogConf({
        port,
        address: '127.0.0.1',
        logDir: sinkDir,
        workDir: join(dir, 'central-work'),
        rotateScript: join(dir, 'rotate-log.sh'),
        maxFileBytes: 1_000_000,
      }),
    );
    writeFileSync(
      join(dir, 'forwarder.conf'),
      logForwarderConf({
        files: ['mongodb', 'redis', 'redis-sentinel'].map((name) => ({
          path: join(appLogs, `${name}.log`),
          tag: name,
        })),
        target: '127.0.0.1',
        port,
        workDir: join(dir, 'forwarder-work'),
      }),
    );
    writeFileSync(join(dir, 'forward-logs.sh'), forwardLogsScript, { mode: 0o755 });
    central = start(
      'rsyslogd',
      ['-n', '-f', join(dir, 'central.conf'), '-i', join(dir, 'central.pid')],
      {},
    );
    await eventually('the central rsyslogd listening', () => portOpen(port));
    // the sidecar's own entry point, as the pod runs it, with a small bound and a fast check
    forwarder = start('sh', [join(dir, 'forward-logs.sh')], {
      LOG_DIR: appLogs,
      FORWARDER_CONF: join(dir, 'forwarder.conf'),
      PID_FILE: join(dir, 'forwarder.pid'),
      MAX_LOG_BYTES: String(maxLogBytes),
      CHECK_SECONDS: '1',
    });
    await eventually('the forwarder started', async () =>
      existsSync(join(dir, 'forwarder.pid')) ? true : undefined,
    );
  });

  afterAll(async () => {
    await stop(forwarder);
    await stop(central);
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the cluster forwarder configs are checked with rsyslogd -N1, then they pass', () => {
    for (const [key, conf] of forwarderConfs) {
      writeFileSync(join(dir, key), conf);
      const check = spawnSync('rsyslogd', ['-N1', '-f', join(dir, key)], { encoding: 'utf8' });
      expect(check.stderr + check.stdout, key).toContain('End of config validation run');
      expect(check.status, `${key}: ${check.stderr}`).toBe(0);
    }
  });

  it('when mongod and Redis append to their files, then each line reaches its own file in the sink', async () => {
    const run = randomUUID();
    appendFileSync(
      join(appLogs, 'mongodb.log'),
      `{"t":{"$date":"2025-01-01T00:00:00.000Z"},"s":"I","c":"REPL","msg":"election won ${run}"}\n`,
    );
    appendFileSync(join(appLogs, 'redis.log'), `1:M 01 Jan 2025 00:00:00.000 * ready ${run}\n`);
    appendFileSync(
      join(appLogs, 'redis-sentinel.log'),
      `1:X 01 Jan 2025 00:00:00.000 # +switch-master ${run}\n`,
    );
    await eventually('mongodb.log', landed('mongodb.log', `election won ${run}`));
    await eventually('redis.log', landed('redis.log', `ready ${run}`));
    await eventually('redis.log (Sentinel)', landed('redis.log', `+switch-master ${run}`));
    expect(read('mongodb.log')).toMatch(/ mongodb\[-\]: \{"t":/);
    expect(read('other.log')).not.toContain(run);
  });

  it('when a file grows past the bound, then it is emptied and later lines still arrive', async () => {
    const run = randomUUID();
    const file = join(appLogs, 'redis.log');
    for (let i = 0; i < 30; i += 1) appendFileSync(file, `${run} filler ${i} ${'x'.repeat(100)}\n`);
    await eventually('the last filler line', landed('redis.log', `${run} filler 29 `));
    await eventually('the file emptied', async () =>
      statSync(file).size < maxLogBytes ? true : undefined,
    );
    appendFileSync(file, `${run} after the cut\n`);
    await eventually('the line after the cut', landed('redis.log', `${run} after the cut`));
  });

  it('when the forwarder is stopped, then it passes the signal on and rsyslogd ends too', async () => {
    const pid = Number(readFileSync(join(dir, 'forwarder.pid'), 'utf8').trim());
    await stop(forwarder);
    const running = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await eventually('rsyslogd gone', async () => (running() ? undefined : true));
  });
});

describe('webclient access logs', () => {
  it('when nginx serves a request, then it ships the access line to rsyslog under its file name', () => {
    const nginx = readFileSync(
      new URL('../../docker/webclient/nginx.conf', import.meta.url),
      'utf8',
    );
    expect(nginx).toMatch(/access_log syslog:server=@SYSLOG_SERVER@,tag=@SYSLOG_TAG@,/);
    for (const app of ['shopping-webclient', 'management-webclient']) {
      const dockerfile = readFileSync(
        new URL(`../../docker/${app}.Dockerfile`, import.meta.url),
        'utf8',
      );
      // the central config accepts the underscore spelling nginx needs for the file of `app`
      expect(dockerfile).toContain(`ARG SYSLOG_TAG=${app.replace('-', '_')}`);
      expect(dockerfile).toContain('ARG SYSLOG_SERVER=rsyslog:5000');
    }
  });
});
