/** Veniqa's exact sentences, which its storefront shows as they are. */
export const CHECKOUT_MESSAGES = {
  invalidCheckoutRequest: 'Invalid address id or shipping preference',
  missingCheckoutId: 'Missing checkout id',
  missingPaymentToken: 'Missing checkout id or payment token',
  notYours: 'Either the requested checkout record does not exist or it does not belong to you',
  changed: 'something crucial about one of the items in the cart has changed. try again',
  khaltiNepalOnly: 'Khalti can only be used as a payment method for Nepal',
  confirmEmailFirst: 'Please confirm your e-mail address before checking out',
  emptyCart: 'Your cart is empty',
} as const;
