/**
 * Our logical template names (Veniqa's SendGrid template names, plus the status-change mail).
 * With SendGrid each must map to a dynamic template id (`d-…`); see `mailTemplateIds`.
 */
export const MAIL_TEMPLATES = {
  confirmAccount: 'confirm_account_customer',
  resetPassword: 'reset_password_customer',
  passwordResetDone: 'confirmation_password_reset_customer',
  orderReceived: 'order_received',
  orderStatusChanged: 'order_status_changed',
} as const;

/**
 * Template name → provider id. The outbox accepts any id; SendGrid needs `d-…` ids, read from
 * `SENDGRID_TEMPLATE_<NAME>` variables (e.g. SENDGRID_TEMPLATE_ORDER_RECEIVED) because the
 * config schema has no field for them yet.
 */
export function mailTemplateIds(env: NodeJS.ProcessEnv = {}): Record<string, string> {
  return Object.fromEntries(
    Object.values(MAIL_TEMPLATES).map((name) => [
      name,
      env[`SENDGRID_TEMPLATE_${name.toUpperCase()}`] ?? name,
    ]),
  );
}
