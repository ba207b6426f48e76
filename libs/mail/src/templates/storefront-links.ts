export interface StorefrontLinks {
  emailConfirmation(token: string): string;
  passwordReset(token: string): string;
  order(orderId: string): string;
}

/**
 * Links into the storefront (PUBLIC_STOREFRONT_URL) for mails to shoppers: Veniqa's path
 * shapes without the `#` of its hash router.
 */
export function storefrontLinks(base: string): StorefrontLinks {
  const root = base.replace(/\/+$/, '');
  return {
    emailConfirmation: (token) => `${root}/email-confirmation/${token}`,
    passwordReset: (token) => `${root}/password-reset/${token}`,
    order: (orderId) => `${root}/orders/${orderId}`,
  };
}
