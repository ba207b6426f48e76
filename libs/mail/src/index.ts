export {
  createMailer,
  type Mailer,
  type MailerOptions,
  type MailRendering,
} from './create-mailer.js';
export { findLinks } from './find-links.js';
export { adminLinks, type AdminLinks } from './links/admin-links.js';
export { clientLink, DEFAULT_LINK_STYLE, LINK_STYLES, type LinkStyle } from './links/link-style.js';
export { storefrontLinks, type StorefrontLinks } from './links/storefront-links.js';
export {
  DEFAULT_MAIL_LANGUAGE,
  isMailLanguage,
  MAIL_LANGUAGES,
  mailLanguageFromHeader,
  type MailLanguage,
} from './language/mail-language.js';
export type { Logger } from './logger.js';
export { MailError, type MailErrorCode } from './mail-error.js';
export type { MailReceipt, MailRequest, MailTransportName, OutboxMessage } from './mail-message.js';
export { readOutbox, type OutboxFilter } from './read-outbox.js';
export { renderMail, type RenderedMail } from './render/render-mail.js';
export {
  MAIL_TEMPLATES,
  MANAGEMENT_MAIL_TEMPLATES,
  SHOPPING_MAIL_TEMPLATES,
  type MailTemplateName,
} from './templates/template-names.js';
export type {
  MailAddress,
  MailOrderLine,
  OrderForMail,
  StoredMailMoney,
  Stringable,
} from './templates/order-for-mail.js';
export { orderMailData, type OrderMailData } from './templates/order-mail-data.js';
export {
  orderReceivedMail,
  orderRefundedMail,
  orderStatusChangedMail,
  type MailRefund,
  type OrderRefundNotice,
  type OrderStatusChange,
} from './templates/order-mails.js';
