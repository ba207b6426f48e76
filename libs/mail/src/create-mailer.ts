import { assertEmailAddress } from './email-address.js';
import type { Logger } from './logger.js';
import { MailError } from './mail-error.js';
import type { MailReceipt, MailRequest, MailTransportName } from './mail-message.js';
import { writeToOutbox } from './outbox-transport.js';
import { createSendgridTransport } from './sendgrid-transport.js';

export interface MailerOptions {
  /** With a key, mail goes through SendGrid; without one (or empty), into the outbox. */
  sendgridApiKey?: string;
  sendgridBaseUrl?: string;
  /** Sender, `address` or `Name <address>`. */
  from: string;
  /** Where messages are written when there is no API key. */
  outboxDir: string;
  /** Our template names → SendGrid dynamic template ids (`d-…`). */
  templates: Record<string, string>;
  logger?: Logger;
}

export interface Mailer {
  readonly transport: MailTransportName;
  send(request: MailRequest): Promise<MailReceipt>;
}

export function createMailer(options: MailerOptions): Mailer {
  const { from, outboxDir, templates, logger } = options;
  const apiKey = options.sendgridApiKey?.trim();

  if (apiKey) {
    // SendGrid only fills a template's variables when the id is a dynamic one; with any other id
    // the mail would go out with every placeholder empty, so refuse such a map at start-up.
    const legacy = Object.entries(templates).filter(([, id]) => !id.startsWith('d-'));
    if (legacy.length > 0) {
      throw new Error(
        `mail templates need SendGrid dynamic template ids (d-…): ${legacy.map(([name]) => name).join(', ')}`,
      );
    }
  }

  function templateIdOf(template: string): string {
    const id = Object.hasOwn(templates, template) ? templates[template] : undefined;
    if (!id) throw new MailError('unknown_template', `unknown mail template "${template}"`);
    return id;
  }

  if (apiKey) {
    const sendThroughSendgrid = createSendgridTransport({
      apiKey,
      baseUrl: options.sendgridBaseUrl,
      from,
    });
    return {
      transport: 'sendgrid',
      async send({ template, to, data }) {
        const templateId = templateIdOf(template);
        assertEmailAddress(to);
        // Failures are not logged here: the caller gets a readable MailError and decides, so
        // each failure is logged once.
        const id = await sendThroughSendgrid({ template, templateId, to, data });
        logger?.info('mail sent', { transport: 'sendgrid', template, id });
        return { id, transport: 'sendgrid' };
      },
    };
  }

  return {
    transport: 'outbox',
    async send({ template, to, data }) {
      templateIdOf(template);
      assertEmailAddress(to);
      const { message, file } = await writeToOutbox(outboxDir, { template, to, from, data });
      logger?.info('mail written to outbox', {
        transport: 'outbox',
        template,
        id: message.id,
        file,
      });
      return { id: message.id, transport: 'outbox' };
    },
  };
}
