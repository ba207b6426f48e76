import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createMailer } from '../src/create-mailer.js';
import { findLinks } from '../src/find-links.js';
import { MailError } from '../src/mail-error.js';
import { readOutbox } from '../src/read-outbox.js';
import { recordingLogger, templates, temporaryDir } from './mail-test-kit.js';

const from = 'A Senhora dos Anéis <loja@aneis.example>';
const confirmData = { confirm_account_customer_url: 'https://aneis.example/shopping/c/1' };
const resetData = { reset_password_customer_url: 'https://aneis.example/shopping/r/1' };
let dir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dir, remove } = await temporaryDir());
});

afterEach(async () => {
  await remove();
});

describe('outbox mailer (no API key)', () => {
  it('when a message is sent, then one JSON file holds it and readOutbox returns it', async () => {
    const outboxDir = path.join(dir, 'not', 'there', 'yet');
    const mailer = createMailer({ from, outboxDir, templates, sendgridApiKey: '' });
    expect(mailer.transport).toBe('outbox');

    const data = {
      name: 'Ana',
      confirm_account_customer_url: 'https://shop.aneis.example/email-confirmation/abc123',
    };
    const receipt = await mailer.send({
      template: 'confirm_account_customer',
      to: 'ana@example.com',
      data,
    });

    expect(receipt).toEqual({ id: expect.any(String), transport: 'outbox' });
    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-confirm_account_customer-[0-9a-f]{6}\.json$/,
    );
    const stored = JSON.parse(await readFile(path.join(outboxDir, files[0] ?? ''), 'utf8'));
    expect(stored).toEqual({
      id: receipt.id,
      template: 'confirm_account_customer',
      to: 'ana@example.com',
      from,
      language: 'pt',
      subject: 'Confirme o seu e-mail · A Senhora dos Anéis',
      html: expect.stringContaining('href="https://shop.aneis.example/email-confirmation/abc123"'),
      text: expect.stringContaining('Olá Ana,'),
      data,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(await readOutbox(outboxDir)).toEqual([stored]);
  });

  it('when many messages are sent at once, then every file is whole and no temporary file is left', async () => {
    const mailer = createMailer({ from, outboxDir: dir, templates });
    await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        mailer.send({
          template: 'reset_password_customer',
          to: `user${index}@example.com`,
          data: { ...resetData, index, filler: 'x'.repeat(10_000) },
        }),
      ),
    );

    const names = await readdir(dir);
    expect(names).toHaveLength(25);
    expect(names.every((name) => name.endsWith('.json') && !name.startsWith('.'))).toBe(true);
    for (const name of names) {
      const message = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
      expect(message.data.filler).toHaveLength(10_000);
    }
  });

  it('when filtering by recipient or template, then only matching messages come back, newest last', async () => {
    const mailer = createMailer({ from, outboxDir: dir, templates });
    await mailer.send({
      template: 'confirm_account_customer',
      to: 'ana@example.com',
      data: { ...confirmData, n: 1 },
    });
    await mailer.send({
      template: 'confirm_account_customer',
      to: 'rui@example.com',
      data: { ...confirmData, n: 2 },
    });
    await mailer.send({
      template: 'reset_password_customer',
      to: 'ana@example.com',
      data: { ...resetData, n: 3 },
    });

    const forAna = await readOutbox(dir, { to: 'ANA@example.com' });
    expect(forAna.map((message) => message.data.n)).toEqual([1, 3]);
    const resets = await readOutbox(dir, {
      to: 'ana@example.com',
      template: 'reset_password_customer',
    });
    expect(resets.map((message) => message.data.n)).toEqual([3]);
    expect((await readOutbox(dir)).map((message) => message.data.n)).toEqual([1, 2, 3]);
  });

  it('when a mail is sent in English, then the outbox keeps the rendered English mail', async () => {
    const mailer = createMailer({ from, outboxDir: dir, templates });
    await mailer.send({
      template: 'reset_password_customer',
      to: 'ann@example.com',
      data: { name: 'Ann <Lee>', ...resetData },
      language: 'en',
    });
    const [stored] = await readOutbox(dir);
    expect(stored).toMatchObject({
      language: 'en',
      subject: 'Reset your password · A Senhora dos Anéis',
    });
    expect(stored?.html).toContain('Hello Ann &lt;Lee&gt;,');
    expect(stored?.text).toContain('Hello Ann <Lee>,');
    expect(stored?.text).toContain('https://aneis.example/shopping/r/1');
    expect(findLinks(stored ?? { data: {} })).toEqual(['https://aneis.example/shopping/r/1']);
  });

  it('when the data lacks the link its template needs, then nothing is written', async () => {
    const mailer = createMailer({ from, outboxDir: dir, templates });
    await expect(
      mailer.send({ template: 'reset_password_customer', to: 'ann@example.com', data: {} }),
    ).rejects.toMatchObject({ code: 'invalid_data' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('when the outbox does not exist, then it reads as empty', async () => {
    expect(await readOutbox(path.join(dir, 'missing'))).toEqual([]);
  });

  it('when the template is unknown or the recipient is not an address, then nothing is written', async () => {
    const mailer = createMailer({ from, outboxDir: dir, templates });

    const unknown = mailer.send({ template: 'toString', to: 'ana@example.com', data: {} });
    await expect(unknown).rejects.toBeInstanceOf(MailError);
    await expect(unknown).rejects.toMatchObject({ code: 'unknown_template' });
    for (const to of ['', 'ana', 'ana@example', 'ana @example.com']) {
      await expect(
        mailer.send({ template: 'confirm_account_customer', to, data: {} }),
      ).rejects.toMatchObject({ code: 'invalid_recipient' });
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('when a message is written, then the logger hears of it', async () => {
    const logger = recordingLogger();
    const mailer = createMailer({ from, outboxDir: dir, templates, logger });
    const { id } = await mailer.send({
      template: 'confirm_account_customer',
      to: 'ana@example.com',
      data: confirmData,
    });
    expect(logger.lines).toEqual([
      expect.objectContaining({ level: 'info', meta: expect.objectContaining({ id }) }),
    ]);
  });
});

describe('findLinks', () => {
  it('when data holds links at any depth, then each http(s) URL is found once, in order', () => {
    const links = findLinks({
      data: {
        greeting: 'Olá Ana',
        confirm: 'https://shop.aneis.example/#/email-confirmation/abc?x=1&y=2',
        nested: {
          text: 'Go to http://localhost:4200/reset/t0k3n.',
          again: 'https://shop.aneis.example/#/email-confirmation/abc?x=1&y=2',
        },
        list: ['ftp://not.a.link', { deep: 'see <https://aneis.example/help>' }],
        count: 3,
      },
    });
    expect(links).toEqual([
      'https://shop.aneis.example/#/email-confirmation/abc?x=1&y=2',
      'http://localhost:4200/reset/t0k3n',
      'https://aneis.example/help',
    ]);
  });
});

describe('outbox mailer, a mail sent once per key', () => {
  it('when the same keyed mail is sent by five senders at once and again later, then the outbox holds it once, dated when it was owed', async () => {
    const mailer = createMailer({ from, outboxDir: dir, templates, sendgridApiKey: '' });
    const once = { key: 'order-1-abc', at: new Date('2026-03-29T22:59:59.000Z') };
    const send = () =>
      mailer.send({
        template: 'confirm_account_customer',
        to: 'ana@example.com',
        data: confirmData,
        once,
      });
    await Promise.all([send(), send(), send(), send(), send()]);
    await send();

    const stored = await readOutbox(dir);
    expect(stored.map((message) => [message.id, message.createdAt])).toEqual([
      ['order-1-abc', '2026-03-29T22:59:59.000Z'],
    ]);
    // No temporary file is left behind by the senders that lost.
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('when two keyed mails differ in key, then both are kept', async () => {
    const mailer = createMailer({ from, outboxDir: dir, templates, sendgridApiKey: '' });
    const at = new Date();
    for (const key of ['k-1', 'k-2']) {
      await mailer.send({
        template: 'reset_password_customer',
        to: 'ana@example.com',
        data: resetData,
        once: { key, at },
      });
    }
    expect((await readOutbox(dir)).map((message) => message.id).sort()).toEqual(['k-1', 'k-2']);
  });
});
