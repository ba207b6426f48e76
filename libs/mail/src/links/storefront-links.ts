import { clientLink, DEFAULT_LINK_STYLE, type LinkStyle } from './link-style.js';

export interface StorefrontLinks {
  emailConfirmation(token: string): string;
  passwordReset(token: string): string;
  order(orderId: string): string;
}

/**
 * Links into the storefront (PUBLIC_STOREFRONT_URL) for mails to shoppers, on Veniqa's routes:
 * `/email-confirmation/<token>`, `/password-reset/<token>`, `/orders/<id>`, written in the
 * storefront's link style (STOREFRONT_LINK_STYLE).
 */
export function storefrontLinks(
  base: string,
  style: LinkStyle = DEFAULT_LINK_STYLE,
): StorefrontLinks {
  return {
    emailConfirmation: (token) => clientLink(base, style, `/email-confirmation/${token}`),
    passwordReset: (token) => clientLink(base, style, `/password-reset/${token}`),
    order: (orderId) => clientLink(base, style, `/orders/${orderId}`),
  };
}
