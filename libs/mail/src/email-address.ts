import { MailError } from './mail-error.js';

// Deliberately loose (something@domain.tld, no spaces): the provider is the real judge, this only
// stops obvious mistakes (an empty field, a name typed where the address belongs) before a send.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function assertEmailAddress(to: string): void {
  if (typeof to !== 'string' || to.length > 254 || !emailPattern.test(to)) {
    throw new MailError('invalid_recipient', `not an e-mail address: "${String(to)}"`);
  }
}
