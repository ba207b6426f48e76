import type { Mailer, MailRequest } from '@aneis/mail';
import type { Logger } from 'winston';

export interface MailSender {
  /** Sends one message; a failure is logged, never thrown (the change it reports stands). */
  send(request: MailRequest): Promise<boolean>;
}

export function createMailSender(mailer: Mailer, logger: Logger): MailSender {
  return {
    async send(request) {
      try {
        await mailer.send(request);
        return true;
      } catch (error) {
        logger.error('mail could not be sent', {
          template: request.template,
          error: error instanceof Error ? error.message : String(error),
        });
        return false;
      }
    },
  };
}
