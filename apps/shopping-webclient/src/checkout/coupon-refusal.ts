import { isApiError } from '@aneis/web-api';
import { errorText } from '../api/error-text.js';

/**
 * The shopper's sentence when the server refused the checkout's coupon (its `COUPON_…` codes:
 * used up meanwhile, expired…), or undefined for any other failure. A refusal belongs next to
 * the coupon field, whichever way the shopper pays, not among card or payment errors.
 */
export function couponRefusalText(error: unknown): string | undefined {
  return isApiError(error) && error.code?.startsWith('COUPON_') ? errorText(error) : undefined;
}
