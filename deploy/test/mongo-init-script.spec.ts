import { mongoInitScript } from '../src/config-files/mongo-init-script.js';
import { userKey } from './support/fake-mongod/fake-member.js';
import { FakeReplicaSet, type Scenario } from './support/fake-mongod/fake-replica-set.js';
import { runMongoshScript } from './support/run-mongosh.js';

/*
 * The Job's script in the real mongosh (npm), against three loopback members that answer as
 * keyfile-secured mongod 8.0 members do: SCRAM logins, `ok: 0` with code 94 before a config
 * exists, one voter added per reconfig, and no reconfig before the last one is committed.
 * Each run starts mongosh afresh (seconds of start-up), so the cases run side by side.
 */

const keyfile = 'c2VjcmV0a2V5ZmlsZWNvbnRlbnRzZm9ydGhlcmVwbGljYXNldA+/=';
const rootPassword = 'root-password-from-the-secret-0123456789';
const appPassword = 'app-password-from-the-secret-0123456789';

interface SetOptions {
  readonly rootPassword?: string;
  readonly late?: readonly number[];
}

async function withSet(
  scenario: Scenario,
  options: SetOptions,
  body: (set: FakeReplicaSet) => Promise<void>,
): Promise<void> {
  const set = await FakeReplicaSet.start({
    scenario,
    keyfile,
    rootUser: 'root',
    rootPassword: options.rootPassword ?? rootPassword,
    stepMs: 150,
    ...(options.late ? { late: options.late } : {}),
  });
  try {
    await body(set);
  } finally {
    await set.stop();
  }
}

function runJob(set: FakeReplicaSet, env: Record<string, string> = {}) {
  return runMongoshScript(mongoInitScript, {
    RS_NAME: 'rs0',
    RS_MEMBERS: set.hosts().join(','),
    ROOT_USERNAME: 'root',
    ROOT_PASSWORD: rootPassword,
    // as the Secret's key arrives: with the line break a keyfile usually ends with
    KEYFILE: `${keyfile}\n`,
    APP_DATABASE: 'aneis',
    APP_USERNAME: 'aneis',
    APP_PASSWORD: appPassword,
    RS_INIT_PAUSE_MS: '100',
    RS_INIT_ATTEMPTS: '100',
    ...env,
  });
}

function expectWholeSet(set: FakeReplicaSet, password = appPassword) {
  expect(set.set.forked).toBe(false);
  expect(set.set.config?.members.map((m) => m.host)).toEqual(set.hosts());
  const app = set.set.users.get(userKey('aneis', 'aneis'));
  expect(app?.password).toBe(password);
  expect(app?.roles).toEqual([{ role: 'readWrite', db: 'aneis' }]);
}

const initiations = (set: FakeReplicaSet) =>
  [0, 1, 2].map((i) => set.received(i, 'replSetInitiate'));

describe.concurrent('the rs0 init script in real mongosh', () => {
  it('when every member is fresh, then it initiates on member 0 and adds the others', () =>
    withSet('fresh', {}, async (set) => {
      const run = await runJob(set);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('initiating rs0');
      expectWholeSet(set);
      expect(initiations(set)).toEqual([1, 0, 0]);
    }));

  it('when a member is not up yet on a fresh set, then it waits for it before initiating', () =>
    withSet('fresh', { late: [2] }, async (set) => {
      const job = runJob(set);
      await set.whenReceived(0, 'replSetGetStatus');
      await new Promise((r) => setTimeout(r, 1000));
      expect(initiations(set)).toEqual([0, 0, 0]);
      await set.listenLate(2);
      const run = await job;
      expect(run.code, run.output).toBe(0);
      expectWholeSet(set);
      expect(initiations(set)).toEqual([1, 0, 0]);
    }));

  it('when it runs again on an initiated set, then it initiates and reconfigures nothing', () =>
    withSet('initiated', {}, async (set) => {
      const run = await runJob(set, { APP_PASSWORD: 'rotated-app-password-0123456789abcdef' });
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('rs0 is already initiated');
      expectWholeSet(set, 'rotated-app-password-0123456789abcdef');
      expect(initiations(set)).toEqual([0, 0, 0]);
      expect([0, 1, 2].map((i) => set.received(i, 'replSetReconfig'))).toEqual([0, 0, 0]);
    }));

  it.each(['only-first', 'first-two'] as const)(
    'when a Job stopped half way (%s), then the missing members are added one at a time',
    (scenario) =>
      withSet(scenario, {}, async (set) => {
        const before = set.set.config?.version ?? 0;
        const run = await runJob(set);
        expect(run.code, run.output).toBe(0);
        expectWholeSet(set);
        expect(initiations(set)).toEqual([0, 0, 0]);
        // one version per added member: the fake refuses a reconfig that adds two voters
        expect(set.set.config?.version).toBe(before + 3 - (scenario === 'only-first' ? 1 : 2));
      }),
  );

  it('when member 1 is primary after a failover, then the script works through it', () =>
    withSet('failed-over', {}, async (set) => {
      const run = await runJob(set);
      expect(run.code, run.output).toBe(0);
      expectWholeSet(set);
      expect(set.received(1, 'createUser')).toBe(1);
      expect(set.received(0, 'createUser')).toBe(0);
    }));

  it('when member 0 restarted on an empty volume, then no second rs0 is initiated on it', () =>
    withSet('first-lost', {}, async (set) => {
      const run = await runJob(set);
      expect(run.code, run.output).toBe(0);
      expectWholeSet(set);
      expect(initiations(set)).toEqual([0, 0, 0]);
    }));

  it('when root was rotated in the Secret, then it logs in with the keyfile and sets root anew', () =>
    withSet('initiated', { rootPassword: 'the-password-root-was-created-with-0' }, async (set) => {
      const run = await runJob(set);
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('root was refused');
      expect(set.set.users.get(userKey('admin', 'root'))?.password).toBe(rootPassword);
      expectWholeSet(set);
      // root works again: the next run needs no keyfile
      const next = await runJob(set, { KEYFILE: '' });
      expect(next.code, next.output).toBe(0);
      expect(next.output).not.toContain('root was refused');
    }));

  it('when root is refused and no keyfile is given, then the Job fails saying so', () =>
    withSet('initiated', { rootPassword: 'the-password-root-was-created-with-0' }, async (set) => {
      const run = await runJob(set, { KEYFILE: '', RS_INIT_ATTEMPTS: '2' });
      expect(run.code).not.toBe(0);
      expect(run.output).toMatch(/Authentication failed/);
    }));
});
