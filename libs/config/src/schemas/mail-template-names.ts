/**
 * The mail templates each server sends, by the logical names the mail lib uses (Veniqa's
 * SendGrid template names plus our order-status mail). Each gets a SENDGRID_TEMPLATE_<NAME>
 * variable. The shopping server's tests check these against the names @aneis/mail exports.
 */
export const SHOPPING_MAIL_TEMPLATE_NAMES = [
  'confirm_account_customer',
  'reset_password_customer',
  'confirmation_password_reset_customer',
  'order_received',
  'order_status_changed',
] as const;

export const MANAGEMENT_MAIL_TEMPLATE_NAMES = [
  'confirm_account_admin',
  'reset_password_admin',
  'confirmation_password_reset_admin',
  'order_status_changed',
  'order_refunded',
] as const;
