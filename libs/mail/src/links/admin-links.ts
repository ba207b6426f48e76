import { clientLink, DEFAULT_LINK_STYLE, type LinkStyle } from './link-style.js';

export interface AdminLinks {
  onboarding(token: string): string;
  passwordReset(token: string): string;
}

/**
 * Links into the admin UI (PUBLIC_ADMIN_URL) for mails to staff, in its link style
 * (ADMIN_LINK_STYLE). Our admin UI has an onboarding page of its own; Veniqa's admin has none
 * and welcomes a new admin through its password-reset page, as Veniqa's server did.
 */
export function adminLinks(base: string, style: LinkStyle = DEFAULT_LINK_STYLE): AdminLinks {
  return {
    onboarding: (token) =>
      clientLink(base, style, `/${style === 'hash' ? 'password-reset' : 'onboarding'}/${token}`),
    passwordReset: (token) => clientLink(base, style, `/password-reset/${token}`),
  };
}
