const SECRET_NAME_PARTS = ['SECRET', 'PASSWORD', 'KEY', 'TOKEN'];

/** Variables whose values must never appear in messages or logs. */
export function isSecretVariable(name: string): boolean {
  const upper = name.toUpperCase();
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
