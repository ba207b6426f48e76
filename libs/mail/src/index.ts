export { createMailer, type Mailer, type MailerOptions } from './create-mailer.js';
export { findLinks } from './find-links.js';
export type { Logger } from './logger.js';
export { MailError, type MailErrorCode } from './mail-error.js';
export type { MailReceipt, MailRequest, MailTransportName, OutboxMessage } from './mail-message.js';
export { readOutbox, type OutboxFilter } from './read-outbox.js';
