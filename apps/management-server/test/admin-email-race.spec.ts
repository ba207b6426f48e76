import { useTestDatabase } from '@aneis/data/testing';
import { findLinks } from '@aneis/mail';
import { present } from '@aneis/testing';
import { startTestServer, type TestServer } from './support/test-server.js';

// Two replicas on one database, as `--replicas 2` or the cluster runs them. This is what the
// embedded engine (no unique indexes) and real MongoDB (unique index) must both get right.
const db = useTestDatabase();
const RACERS = 8;
let replicas: [TestServer, TestServer];
let cookies: [string, string];

beforeAll(async () => {
  replicas = [await startTestServer(db), await startTestServer(db)];
  const root = await replicas[0].createAdmin(['SUPERADMIN'], { email: 'root@example.com' });
  cookies = [await replicas[0].sessionFor(root.id), await replicas[1].sessionFor(root.id)];
});
afterAll(async () => {
  for (const replica of replicas) await replica.close();
});

/** Racer `i` asks the replica `i` lands on, as a load balancer alternates requests. */
function createAdmin(i: number, email: string) {
  const side = i % 2 === 0 ? 0 : 1;
  return replicas[side].http
    .post('/superAdmin/createAdmin')
    .set('Cookie', cookies[side])
    .send({ email, name: `Racer ${i}`, permissions: ['ORDER_VIEW'] });
}

describe('one admin per e-mail, under concurrency', () => {
  it('when superadmins on two replicas invite one address at once, then one admin is made and the rest get 409', async () => {
    const spellings = ['rita@example.com', ' Rita@Example.com', 'RITA@EXAMPLE.COM '];
    const answers = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        createAdmin(i, present(spellings[i % spellings.length], 'a spelling')),
      ),
    );

    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(RACERS - 1).fill(409)]);
    for (const refused of answers.filter((res) => res.status === 409)) {
      expect(refused.body.errorDetails).toBe('An admin with this e-mail already exists');
    }
    expect(await replicas[0].services.admins.countDocuments({ email: 'rita@example.com' })).toBe(1);

    // The one invitation works: its link sets a password that logs in.
    const outbox = [
      ...(await replicas[0].outbox({ to: 'rita@example.com' })),
      ...(await replicas[1].outbox({ to: 'rita@example.com' })),
    ];
    expect(outbox).toHaveLength(1);
    const link = present(findLinks(present(outbox[0], 'the invitation'))[0], 'its link');
    const token = present(link.split('/').pop(), "the link's token");
    const set = await replicas[1].http
      .post('/security/resetPassword')
      .send({ token, newPassword: 'rita-first-pass1' });
    expect(set.status).toBe(200);
    await replicas[0].login('rita@example.com', 'rita-first-pass1');
  });

  it('when an admin is deleted, then the address can be invited again, once', async () => {
    expect((await createAdmin(0, 'temp@example.com')).status).toBe(200);
    const deleted = await replicas[1].http
      .delete('/superAdmin/deleteAdmin')
      .set('Cookie', cookies[1])
      .send({ email: 'temp@example.com' });
    expect(deleted.status).toBe(200);

    const again = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => createAdmin(i, 'temp@example.com')),
    );
    expect(again.filter((res) => res.status === 200)).toHaveLength(1);
    expect(again.filter((res) => res.status === 409)).toHaveLength(RACERS - 1);
    expect(await replicas[0].services.admins.countDocuments({ email: 'temp@example.com' })).toBe(1);
  });
});
