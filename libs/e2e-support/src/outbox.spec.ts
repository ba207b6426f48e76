import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linksIn, readOutbox, waitForMail, waitForMailLink, type OutboxMail } from './outbox.js';

const mail = (over: Partial<OutboxMail>): OutboxMail => ({
  template: 'confirm_account_customer',
  to: 'ana@example.test',
  data: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('linksIn', () => {
  it('when links sit deep in nested data, then each comes out once, in order, without trailing punctuation', () => {
    const links = linksIn(
      mail({
        data: {
          intro: 'Confirm at https://shop.localhost/email-confirmation/abc.',
          nested: {
            list: [
              'see (http://a.localhost/x?y=1)',
              'https://shop.localhost/email-confirmation/abc',
            ],
          },
          count: 3,
          none: null,
        },
      }),
    );
    expect(links).toEqual([
      'https://shop.localhost/email-confirmation/abc',
      'http://a.localhost/x?y=1',
    ]);
  });

  it('when the data holds no link, then the list is empty', () => {
    expect(linksIn(mail({ data: { text: 'no address here' } }))).toEqual([]);
  });
});

describe('the outbox folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'e2e-support-outbox-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const put = (name: string, m: OutboxMail) => writeFile(join(dir, name), JSON.stringify(m));

  it('when the folder does not exist, then the outbox is empty', async () => {
    expect(await readOutbox(join(dir, 'missing'))).toEqual([]);
  });

  it('when files are written out of order with a hidden temporary, then mails come oldest first without it', async () => {
    await put('2-b.json', mail({ to: 'b@example.test' }));
    await put('1-a.json', mail({ to: 'a@example.test' }));
    await put('.3-c.json', mail({ to: 'c@example.test' }));
    expect((await readOutbox(dir)).map((m) => m.to)).toEqual(['a@example.test', 'b@example.test']);
  });

  it('when the mail lands after the wait began, then waitForMailLink returns its first link', async () => {
    const waiting = waitForMailLink(dir, 'ANA@example.test', 'reset_password', 5_000);
    await put('1-other.json', mail({ data: { link: 'https://other.localhost/' } }));
    await put(
      '2-reset.json',
      mail({ template: 'reset_password', data: { link: 'https://x.localhost/r/1' } }),
    );
    await expect(waiting).resolves.toBe('https://x.localhost/r/1');
  });

  it('when no mail matches in time, then waitForMail fails naming what the outbox holds', async () => {
    await put('1-a.json', mail({}));
    await expect(waitForMail(dir, { to: 'nobody@example.test', timeoutMs: 300 })).rejects.toThrow(
      /confirm_account_customer → ana@example.test/,
    );
  });
});
