import { assertEmailAddress } from './email-address.js';
import { DEFAULT_MAIL_LANGUAGE } from './language/mail-language.js';
import type { Logger } from './logger.js';
import { MailError } from './mail-error.js';
import type { MailReceipt, MailRequest, MailTransportName } from './mail-message.js';
import { writeToOutbox } from './outbox-transport.js';
import { renderMail } from './render/render-mail.js';
import { createSendgridTransport } from './sendgrid-transport.js';

/**
 * Who writes the mail: `local` renders our templates here and SendGrid (or the outbox) gets the
 * finished subject, HTML and text; `sendgrid-templates` hands the data to SendGrid's dynamic
 * templates by id, as Veniqa did (the outbox still renders locally, so there is something to
 * read).
 */
export type MailRendering = 'local' | 'sendgrid-templates';

export interface MailerOptions {
  /** With a key, mail goes through SendGrid; without one (or empty), into the outbox. */
  sendgridApiKey?: string;
  sendgridBaseUrl?: string;
  /** Default `local`. */
  rendering?: MailRendering;
  /** Sender, `address` or `Name <address>`. */
  from: string;
  /** Where messages are written when there is no API key. */
  outboxDir: string;
  /**
   * The templates this mailer may send: our names → SendGrid dynamic template ids (`d-…`), which
   * only `sendgrid-templates` uses.
   */
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
  const rendering = options.rendering ?? 'local';

  if (apiKey && rendering === 'sendgrid-templates') {
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
    const sendgrid = createSendgridTransport({ apiKey, baseUrl: options.sendgridBaseUrl, from });
    return {
      transport: 'sendgrid',
      async send({ template, to, data, language = DEFAULT_MAIL_LANGUAGE, once }) {
        const onceKey = once?.key;
        const templateId = templateIdOf(template);
        assertEmailAddress(to);
        // Failures are not logged here: the caller gets a readable MailError and decides, so
        // each failure is logged once.
        const id =
          rendering === 'sendgrid-templates'
            ? await sendgrid.sendDynamic({
                template,
                templateId,
                to,
                data: { ...data, language },
                ...(onceKey ? { onceKey } : {}),
              })
            : await sendgrid.sendRendered({
                template,
                to,
                ...renderMail(template, data, language),
                ...(onceKey ? { onceKey } : {}),
              });
        logger?.info('mail sent', { transport: 'sendgrid', template, language, id });
        return { id, transport: 'sendgrid' };
      },
    };
  }

  return {
    transport: 'outbox',
    async send({ template, to, data, language = DEFAULT_MAIL_LANGUAGE, once }) {
      templateIdOf(template);
      assertEmailAddress(to);
      const rendered = renderMail(template, data, language);
      const { message, file, repeated } = await writeToOutbox(
        outboxDir,
        { template, to, from, language, ...rendered, data },
        once,
      );
      if (repeated) {
        logger?.info('mail already in outbox', { transport: 'outbox', template, id: message.id });
        return { id: message.id, transport: 'outbox' };
      }
      logger?.info('mail written to outbox', {
        transport: 'outbox',
        template,
        language,
        id: message.id,
        file,
      });
      return { id: message.id, transport: 'outbox' };
    },
  };
}
