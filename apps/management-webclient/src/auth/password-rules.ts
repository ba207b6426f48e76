import { PASSWORD_MIN_LENGTH } from '@aneis/contracts/constants';
import type { MessageKey } from '../i18n/i18n.js';

/** The server's new-password policy, checked before sending so the admin sees it in their language. */
export function newPasswordProblem(password: string, confirmation: string): MessageKey | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'auth.passwordTooShort';
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) {
    return 'auth.passwordNeedsLetterAndDigit';
  }
  if (password !== confirmation) return 'auth.passwordsDiffer';
  return null;
}
