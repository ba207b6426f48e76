import net from 'node:net';
import { createMailer } from '../src/create-mailer.js';
import { MailError } from '../src/mail-error.js';
import { readOutbox } from '../src/read-outbox.js';
import {
  recordingLogger,
  sendgridStandIn,
  templates,
  temporaryDir,
  type StandIn,
} from './mail-test-kit.js';

const apiKey = 'SG.test-key.do-not-log-me-7f3a9c';
const from = 'loja@aneis.example';
let standIn: StandIn;
let outbox: Awaited<ReturnType<typeof temporaryDir>>;
const consoleOutput: string[] = [];

function captureConsole(): void {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map(String).join(' '));
    });
  }
}

beforeEach(async () => {
  standIn = await sendgridStandIn();
  outbox = await temporaryDir();
  consoleOutput.length = 0;
  captureConsole();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await standIn.close();
  await outbox.remove();
});

/** A SendGrid mailer in dynamic-template mode (SendGrid renders), as Veniqa sent mail. */
function mailer(logger = recordingLogger(), key = apiKey, baseUrl = standIn.baseUrl) {
  return createMailer({
    sendgridApiKey: key,
    sendgridBaseUrl: baseUrl,
    rendering: 'sendgrid-templates',
    from,
    outboxDir: outbox.dir,
    templates,
    logger,
  });
}

/** Everything that could end up in a log: logger lines, console output, the error itself. */
function everythingLogged(logger: { lines: unknown[] }, error?: unknown): string {
  const errorText =
    error instanceof Error
      ? `${error.message} ${error.stack ?? ''} ${JSON.stringify(error)} ${String(error)}`
      : '';
  return `${JSON.stringify(logger.lines)} ${consoleOutput.join('\n')} ${errorText}`;
}

describe('SendGrid mailer', () => {
  it('when a message is sent, then SendGrid receives a dynamic-template mail send', async () => {
    const logger = recordingLogger();
    const sender = mailer(logger);
    expect(sender.transport).toBe('sendgrid');
    const data = { name: 'Ana', confirmationLink: 'https://shop.aneis.example/#/c/abc?x=1&y="2"' };

    const receipt = await sender.send({
      template: 'confirm_account_customer',
      to: 'ana@example.com',
      data,
    });

    expect(receipt).toEqual({ id: 'sg-message-1', transport: 'sendgrid' });
    expect(standIn.requests).toHaveLength(1);
    const [request] = standIn.requests;
    expect(request).toMatchObject({
      method: 'POST',
      url: '/v3/mail/send',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    });
    expect(request?.body).toEqual({
      from: { email: from },
      template_id: templates.confirm_account_customer,
      personalizations: [
        { to: [{ email: 'ana@example.com' }], dynamic_template_data: { ...data, language: 'pt' } },
      ],
    });
    expect(await readOutbox(outbox.dir)).toEqual([]);
    expect(everythingLogged(logger)).not.toContain(apiKey);
  });

  it('when mail is rendered locally, then SendGrid receives our subject, text and HTML and no template id', async () => {
    const sender = createMailer({
      sendgridApiKey: apiKey,
      sendgridBaseUrl: standIn.baseUrl,
      from,
      outboxDir: outbox.dir,
      // Not dynamic ids: rendering locally does not need them.
      templates: { confirm_account_customer: 'confirm_account_customer' },
    });
    const url = 'https://shop.aneis.example/email-confirmation/abc';
    await sender.send({
      template: 'confirm_account_customer',
      to: 'ann@example.com',
      data: { name: 'Ann', confirm_account_customer_url: url },
      language: 'en',
    });

    const body = standIn.requests[0]?.body as Record<string, unknown>;
    expect(body).not.toHaveProperty('template_id');
    expect(body).toMatchObject({
      from: { email: from },
      subject: 'Confirm your e-mail · A Senhora dos Anéis',
      personalizations: [{ to: [{ email: 'ann@example.com' }] }],
      content: [
        { type: 'text/plain', value: expect.stringContaining(`Hello Ann,`) },
        { type: 'text/html', value: expect.stringContaining(`href="${url}"`) },
      ],
    });
    expect(await readOutbox(outbox.dir)).toEqual([]);
  });

  it('when SendGrid answers 401, then the error says so in words and carries no key', async () => {
    const logger = recordingLogger();
    standIn.reply = {
      status: 401,
      body: {
        errors: [
          {
            message: 'The provided authorization grant is invalid, expired, or revoked',
            field: null,
            help: null,
          },
        ],
      },
    };

    const error = await mailer(logger)
      .send({ template: 'confirm_account_customer', to: 'ana@example.com', data: {} })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MailError);
    expect(error).toMatchObject({ code: 'delivery_failed', status: 401 });
    expect((error as Error).message).toBe(
      'SendGrid refused "confirm_account_customer" (401): The provided authorization grant is invalid, expired, or revoked',
    );
    expect(Object.keys(error as object)).not.toContain('response');
    expect(everythingLogged(logger, error)).not.toContain(apiKey);
  });

  it('when SendGrid answers 400 about a field, then the field and message are in the error', async () => {
    standIn.reply = {
      status: 400,
      body: {
        errors: [
          { message: 'The template_id must be a valid GUID', field: 'template_id', help: null },
        ],
      },
    };

    await expect(
      mailer().send({ template: 'reset_password_customer', to: 'ana@example.com', data: {} }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('(400): template_id: The template_id must be a valid GUID'),
    });
  });

  it('when SendGrid cannot be reached, then the error is readable and carries no key', async () => {
    const logger = recordingLogger();
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const error = await mailer(logger, apiKey, `http://127.0.0.1:${port}`)
      .send({ template: 'confirm_account_customer', to: 'ana@example.com', data: {} })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      code: 'delivery_failed',
      message: expect.stringMatching(/unreachable.*ECONNREFUSED/),
    });
    expect((error as Error).cause).toBeUndefined();
    expect(everythingLogged(logger, error)).not.toContain(apiKey);
  });

  it('when the template is unknown, then nothing reaches SendGrid', async () => {
    await expect(
      mailer().send({ template: 'referral_bonus', to: 'ana@example.com', data: {} }),
    ).rejects.toMatchObject({ code: 'unknown_template' });
    await expect(
      mailer().send({ template: 'confirm_account_customer', to: 'not-an-address', data: {} }),
    ).rejects.toMatchObject({ code: 'invalid_recipient' });
    expect(standIn.requests).toEqual([]);
  });

  it("when two mailers use different keys and servers, then neither borrows the other's", async () => {
    const other = await sendgridStandIn();
    try {
      const first = mailer(recordingLogger(), 'SG.first-key');
      const second = mailer(recordingLogger(), 'SG.second-key', other.baseUrl);
      await first.send({ template: 'confirm_account_customer', to: 'a@example.com', data: {} });
      await second.send({ template: 'confirm_account_customer', to: 'b@example.com', data: {} });
      await first.send({ template: 'confirm_account_customer', to: 'c@example.com', data: {} });

      expect(standIn.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer SG.first-key',
        'Bearer SG.first-key',
      ]);
      expect(other.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer SG.second-key',
      ]);
    } finally {
      await other.close();
    }
  });

  it('when SendGrid renders and a template id is not a dynamic one, then the mailer refuses to start', () => {
    expect(() =>
      createMailer({
        sendgridApiKey: apiKey,
        rendering: 'sendgrid-templates',
        from,
        outboxDir: outbox.dir,
        templates: { confirm_account_customer: '13b8f94f-bcae-4ec6-b752-70d6cb59f932' },
      }),
    ).toThrow(/confirm_account_customer/);
  });
});
