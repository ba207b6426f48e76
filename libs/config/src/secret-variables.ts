const SECRET_NAME_PARTS = ['SECRET', 'PASSWORD', 'KEY', 'TOKEN'];
// Names with a secret-looking word that hold nothing secret: SendGrid template ids (e.g.
// SENDGRID_TEMPLATE_RESET_PASSWORD_INSTRUCTIONS) and Redis key prefixes. Hiding their values
// only made a typo in them harder to spot.
const PLAIN_NAMES = [/^SENDGRID_TEMPLATE_/, /_KEY_PREFIX$/];

/** Variables whose values must never appear in messages or logs. */
export function isSecretVariable(name: string): boolean {
  const upper = name.toUpperCase();
  if (PLAIN_NAMES.some((pattern) => pattern.test(upper))) return false;
  return SECRET_NAME_PARTS.some((part) => upper.includes(part));
}

const MAX_SHOWN_LENGTH = 80;

/**
 * How a bad value is shown in an error message: quoted, cut short, and with any password in a
 * URL's user-info masked, because connection strings such as MONGODB_URI carry credentials even
 * though their names do not look secret.
 */
export function showValue(value: string): string {
  const masked = value.replace(/(\/\/[^/:@\s]*:)[^@/\s]*@/g, '$1***@');
  const shown = masked.length > MAX_SHOWN_LENGTH ? `${masked.slice(0, MAX_SHOWN_LENGTH)}…` : masked;
  return JSON.stringify(shown);
}
