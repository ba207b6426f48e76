import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ICronJob } from 'kubernetes-models/batch/v1/CronJob';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { mongoBackupScript } from '../src/config-files/mongo-backup-script.js';
import { ofKind, plainRelease, selects } from './support/release-objects.js';

const objects = plainRelease();

describe('the MongoDB backup', () => {
  const cron = ofKind<ICronJob>(objects, 'CronJob').find(
    (c) => c.metadata.name === 'mongodb-backup',
  );

  it('when the release is applied, then a daily CronJob writes to a claim of its own, one run at a time', () => {
    expect(cron?.spec?.schedule).toBe('17 3 * * *');
    expect(cron?.spec?.concurrencyPolicy).toBe('Forbid');
    const pod = cron?.spec?.jobTemplate.spec?.template.spec;
    const claim = pod?.volumes?.find((v) => v.persistentVolumeClaim)?.persistentVolumeClaim
      ?.claimName;
    expect(claim).toBe('mongodb-backup');
    const standalone = objects.find(
      (o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === claim,
    );
    expect(standalone).toBeDefined();
    const script = objects.find((o) => o.metadata.name === 'mongodb-config')?.data?.['backup.sh'];
    expect(pod?.containers[0]?.command).toEqual(['sh', '/scripts/backup.sh']);
    expect(script).toBe(mongoBackupScript);
  });

  it("when the backup pod dials MongoDB, then its policy and MongoDB's let exactly that through", () => {
    const labels = cron?.spec?.jobTemplate.spec?.template.metadata?.labels ?? {};
    const policies = ofKind<INetworkPolicy>(objects, 'NetworkPolicy');
    const own = policies.find((p) => selects(p.spec?.podSelector?.matchLabels ?? {}, labels));
    expect(own?.metadata.name).toBe('mongodb-backup');
    expect(own?.spec?.ingress).toEqual([]);
    const mongo = policies.find((p) => p.metadata.name === 'mongodb');
    const admitted = mongo?.spec?.ingress?.[0]?.from?.some((peer) =>
      selects(peer.podSelector?.matchLabels ?? {}, labels),
    );
    expect(admitted).toBe(true);
  });

  it('when the script runs, then it writes a whole archive, keeps the newest, and never passes the password on a command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aneis-backup-'));
    try {
      const bin = join(dir, 'bin');
      const backups = join(dir, 'backup');
      mkdirSync(bin);
      mkdirSync(backups);
      // mongodump as the image has it: writes the archive named by --archive, logs its arguments
      writeFileSync(
        join(bin, 'mongodump'),
        `#!/bin/sh\necho "$@" >> "${join(dir, 'calls')}"\nfor a in "$@"; do case "$a" in --archive=*) echo data > "\${a#--archive=}";; --config=*) cat "\${a#--config=}" > "${join(dir, 'config-seen')}";; esac; done\n`,
      );
      chmodSync(join(bin, 'mongodump'), 0o755);
      writeFileSync(join(dir, 'backup.sh'), mongoBackupScript);
      for (let run = 0; run < 4; run += 1) {
        // archives are named by the second they start: one per second here
        if (run > 0) spawnSync('sleep', ['1.1']);
        const result = spawnSync('sh', [join(dir, 'backup.sh')], {
          env: {
            PATH: `${bin}:${process.env['PATH'] ?? ''}`,
            BACKUP_DIR: backups,
            BACKUP_KEEP: '2',
            WORK_DIR: dir,
            MONGODB_HOSTS: 'mongodb-0:27017,mongodb-1:27017',
            RS_NAME: 'rs0',
            ROOT_USERNAME: 'root',
            ROOT_PASSWORD: 'secret-root-password',
          },
          encoding: 'utf8',
        });
        expect(result.status, result.stderr).toBe(0);
      }
      const kept = readdirSync(backups).sort();
      expect(kept).toHaveLength(2);
      for (const file of kept) expect(file).toMatch(/^aneis-\d{8}T\d{6}Z\.archive\.gz$/);
      const calls = readFileSync(join(dir, 'calls'), 'utf8');
      expect(calls).toContain('--oplog --gzip');
      expect(calls).not.toContain('secret-root-password');
      expect(readFileSync(join(dir, 'config-seen'), 'utf8')).toContain('secret-root-password');
      // the config file with the password does not outlive the run
      expect(readdirSync(dir)).not.toContain('mongodump.yaml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
