import { randomUUID } from 'node:crypto';
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { toMailError } from './sendgrid-error.js';

export interface SendgridTransportOptions {
  apiKey: string;
  /** Defaults to https://api.sendgrid.com; tests point it at a local stand-in. */
  baseUrl?: string;
  from: string;
}

export interface DynamicTemplateMail {
  /** Our logical name, for error messages. */
  template: string;
  templateId: string;
  to: string;
  data: Record<string, unknown>;
  /** A sender's dedupe key (see `MailRequest.once`), passed on as a custom argument. */
  onceKey?: string;
}

export interface RenderedSendgridMail {
  /** Our logical name, for error messages. */
  template: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  onceKey?: string;
}

const requestTimeoutMs = 10_000;

/**
 * Sends through SendGrid's v3 API, either a mail we rendered (subject, text and HTML) or a
 * dynamic-template mail (SendGrid renders it from the data). It owns its MailService and Client
 * rather than configuring the package's shared singleton, so two mailers (or a test's mailer and
 * the app's) never overwrite each other's key or base URL.
 */
export function createSendgridTransport(options: SendgridTransportOptions) {
  const client = new Client();
  client.setApiKey(options.apiKey);
  // After setApiKey: setting the key resets the base URL to the default region's.
  if (options.baseUrl) client.setDefaultRequest('baseUrl', options.baseUrl);
  const service = new MailService();
  service.setClient(client);
  service.setTimeout(requestTimeoutMs);

  async function send(
    template: string,
    message: Parameters<MailService['send']>[0],
  ): Promise<string> {
    try {
      const [response] = await service.send(message);
      const messageId = response.headers['x-message-id'];
      return typeof messageId === 'string' && messageId ? messageId : randomUUID();
    } catch (error) {
      throw toMailError(error, template);
    }
  }

  return {
    sendDynamic: (mail: DynamicTemplateMail) =>
      send(mail.template, {
        from: options.from,
        to: mail.to,
        templateId: mail.templateId,
        dynamicTemplateData: mail.data,
        ...keyArgs(mail.onceKey),
        // Its warnings about quotes and ampersands in the data go to the console on every send;
        // SendGrid's templates escape values themselves.
        hideWarnings: true,
      }),
    sendRendered: (mail: RenderedSendgridMail) =>
      send(mail.template, {
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...keyArgs(mail.onceKey),
      }),
  };
}

/** SendGrid cannot refuse a repeat; the key rides along so its event log shows one. */
function keyArgs(onceKey: string | undefined) {
  return onceKey === undefined ? {} : { customArgs: { aneis_mail_key: onceKey } };
}
