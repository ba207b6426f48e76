import { MongoClient } from 'mongodb';
import { mongoInitScript } from '../src/config-files/mongo-init-script.js';
import { runMongoshScript } from './support/run-mongosh.js';

/*
 * The same script on three real, fresh mongod members (keyfile auth, root created by the
 * image's entry point), as the GitHub workflow starts them: MongoDB cannot be had on the
 * development machine, so here the test only runs when RS_INIT_REAL_MEMBERS names them.
 */

const members = process.env['RS_INIT_REAL_MEMBERS'] ?? '';
const rootPassword = process.env['RS_INIT_REAL_ROOT_PASSWORD'] ?? '';
const keyfile = process.env['RS_INIT_REAL_KEYFILE'] ?? '';
const appPassword = 'app-password-on-real-mongodb-0123456789';

if (!members) {
  console.warn(
    '\n!!! SKIPPED: RS_INIT_REAL_MEMBERS is not set, so the rs0 init script did not run on real MongoDB' +
      '\n!!! (the GitHub workflow job "deploy-real-processes" runs it).\n',
  );
}

function runJob(env: Record<string, string>) {
  return runMongoshScript(
    mongoInitScript,
    {
      RS_NAME: 'rs0',
      RS_MEMBERS: members,
      ROOT_USERNAME: 'root',
      ROOT_PASSWORD: rootPassword,
      KEYFILE: keyfile,
      APP_DATABASE: 'aneis',
      APP_USERNAME: 'aneis',
      APP_PASSWORD: appPassword,
      RS_INIT_PAUSE_MS: '1000',
      ...env,
    },
    240_000,
  );
}

async function withClient<T>(
  user: string,
  password: string,
  db: string,
  use: (c: MongoClient) => Promise<T>,
) {
  const uri = `mongodb://${user}:${password}@${members}/${db}?replicaSet=rs0&authSource=${db}`;
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 30_000 });
  try {
    await client.connect();
    return await use(client);
  } finally {
    await client.close();
  }
}

describe.skipIf(!members)('the rs0 init script on real MongoDB', () => {
  it('when the members are fresh, then rs0 gets all three and the application user can write', async () => {
    const run = await runJob({});
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('initiating rs0');
    const status = await withClient('root', rootPassword, 'admin', (c) =>
      c.db('admin').command({ replSetGetStatus: 1 }),
    );
    expect((status['members'] as unknown[]).length).toBe(3);
    await withClient('aneis', appPassword, 'aneis', (c) =>
      c.db('aneis').collection('probe').insertOne({ at: new Date() }),
    );
  }, 300_000);

  it('when it runs again, then it changes nothing and succeeds', async () => {
    const run = await runJob({});
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('rs0 is already initiated');
  }, 300_000);

  it('when root was rotated in the Secret, then the keyfile lets it set root anew', async () => {
    const rotated = 'rotated-root-password-on-real-mongodb-01';
    const run = await runJob({ ROOT_PASSWORD: rotated });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('root was refused');
    const ok = await withClient('root', rotated, 'admin', (c) =>
      c.db('admin').command({ ping: 1 }),
    );
    expect(ok['ok']).toBe(1);
    const again = await runJob({ ROOT_PASSWORD: rotated, KEYFILE: '' });
    expect(again.code, again.output).toBe(0);
  }, 300_000);
});
