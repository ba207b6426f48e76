/**
 * Our logical mail template names (Veniqa's SendGrid template names plus the order-status
 * mail), shared by both servers. Each maps to a SendGrid dynamic template id through
 * `config.mail.templates` (SENDGRID_TEMPLATE_<NAME> variables).
 */
export const MAIL_TEMPLATES = {
  confirmAccountCustomer: 'confirm_account_customer',
  resetPasswordCustomer: 'reset_password_customer',
  passwordResetDoneCustomer: 'confirmation_password_reset_customer',
  orderReceived: 'order_received',
  orderStatusChanged: 'order_status_changed',
  /** Return accepted and/or refund made (the management server, after delivery or a retry). */
  orderRefunded: 'order_refunded',
  confirmAccountAdmin: 'confirm_account_admin',
  resetPasswordAdmin: 'reset_password_admin',
  passwordResetDoneAdmin: 'confirmation_password_reset_admin',
} as const;

export type MailTemplateName = (typeof MAIL_TEMPLATES)[keyof typeof MAIL_TEMPLATES];

/** What the shopping server sends. */
export const SHOPPING_MAIL_TEMPLATES = [
  MAIL_TEMPLATES.confirmAccountCustomer,
  MAIL_TEMPLATES.resetPasswordCustomer,
  MAIL_TEMPLATES.passwordResetDoneCustomer,
  MAIL_TEMPLATES.orderReceived,
  MAIL_TEMPLATES.orderStatusChanged,
] as const;

/** What the management server sends. */
export const MANAGEMENT_MAIL_TEMPLATES = [
  MAIL_TEMPLATES.confirmAccountAdmin,
  MAIL_TEMPLATES.resetPasswordAdmin,
  MAIL_TEMPLATES.passwordResetDoneAdmin,
  MAIL_TEMPLATES.orderStatusChanged,
  MAIL_TEMPLATES.orderRefunded,
] as const;
