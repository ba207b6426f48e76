export interface AdminLinks {
  onboarding(token: string): string;
  passwordReset(token: string): string;
}

/**
 * Links into the admin UI (PUBLIC_ADMIN_URL) for mails to staff. History-mode paths, no `#`:
 * the UI routes `/onboarding/:token` and `/password-reset/:token` (and still reads old
 * `/#/password-reset/` links).
 */
export function adminLinks(publicAdminUrl: string): AdminLinks {
  const root = publicAdminUrl.replace(/\/+$/, '');
  return {
    onboarding: (token) => `${root}/onboarding/${token}`,
    passwordReset: (token) => `${root}/password-reset/${token}`,
  };
}
