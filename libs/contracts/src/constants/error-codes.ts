/**
 * Stable, machine-readable codes in every failure envelope (`code`), next to Veniqa's readable
 * `errorDetails`. Clients branch and translate on these, never on the English text, so a code
 * once published keeps its meaning. A status without a more precise code gets its generic one.
 */
export const errorCodes = {
  badRequest: 'BAD_REQUEST',
  validationFailed: 'VALIDATION_FAILED',
  malformedJson: 'MALFORMED_JSON',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  methodNotAllowed: 'METHOD_NOT_ALLOWED',
  notAcceptable: 'NOT_ACCEPTABLE',
  conflict: 'CONFLICT',
  duplicate: 'DUPLICATE',
  gone: 'GONE',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  tooManyRequests: 'TOO_MANY_REQUESTS',
  internal: 'INTERNAL_ERROR',
  notImplemented: 'NOT_IMPLEMENTED',
  serviceUnavailable: 'SERVICE_UNAVAILABLE',
  // Domain codes the webclients explain in their own words.
  emailTaken: 'EMAIL_TAKEN',
  accountLocked: 'ACCOUNT_LOCKED',
  passwordHashingBusy: 'PASSWORD_HASHING_BUSY',
  outOfStock: 'OUT_OF_STOCK',
  /** A required option (ring size, metal) was not chosen: `details.missing` lists its keys. */
  choiceMissing: 'CHOICE_MISSING',
  /** The chosen combination of options is not one the product is made in. */
  variantUnavailable: 'VARIANT_UNAVAILABLE',
  transitionNotAllowed: 'TRANSITION_NOT_ALLOWED',
  checkoutNotFound: 'CHECKOUT_NOT_FOUND',
  undeliverableCountry: 'UNDELIVERABLE_COUNTRY',
  tooManyAddresses: 'TOO_MANY_ADDRESSES',
  notManualPayment: 'NOT_MANUAL_PAYMENT',
  alreadyPaid: 'ALREADY_PAID',
  orderCancelled: 'ORDER_CANCELLED',
  accountBlocked: 'ACCOUNT_BLOCKED',
  // Cancellations, returns and refunds.
  orderNotCancellable: 'ORDER_NOT_CANCELLABLE',
  returnNotDelivered: 'RETURN_NOT_DELIVERED',
  returnQuantityExceeded: 'RETURN_QUANTITY_EXCEEDED',
  refundExceedsPaid: 'REFUND_EXCEEDS_PAID',
  refundProviderUnavailable: 'REFUND_PROVIDER_UNAVAILABLE',
  refundProviderFailed: 'REFUND_PROVIDER_FAILED',
  refundNotRetryable: 'REFUND_NOT_RETRYABLE',
  orderChanged: 'ORDER_CHANGED',
  // Why a coupon code was refused at checkout (shown next to the code field).
  couponUnknown: 'COUPON_UNKNOWN',
  couponNotYetValid: 'COUPON_NOT_YET_VALID',
  couponExpired: 'COUPON_EXPIRED',
  couponBelowMinimum: 'COUPON_BELOW_MINIMUM',
  couponUsedUp: 'COUPON_USED_UP',
  couponCustomerLimit: 'COUPON_CUSTOMER_LIMIT',
} as const;

export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];

const codeByStatus: Readonly<Record<number, string>> = {
  400: errorCodes.badRequest,
  401: errorCodes.unauthorized,
  403: errorCodes.forbidden,
  404: errorCodes.notFound,
  405: errorCodes.methodNotAllowed,
  406: errorCodes.notAcceptable,
  409: errorCodes.conflict,
  410: errorCodes.gone,
  413: errorCodes.payloadTooLarge,
  415: errorCodes.unsupportedMediaType,
  429: errorCodes.tooManyRequests,
  500: errorCodes.internal,
  501: errorCodes.notImplemented,
  503: errorCodes.serviceUnavailable,
};

/** The generic code of an HTTP error status (`HTTP_418` for one without a name here). */
export function errorCodeForStatus(status: number): string {
  return codeByStatus[status] ?? `HTTP_${status}`;
}

/**
 * Why one field was refused, in words a client can translate:
 * `required`, `too_short`/`too_long` (text, with `limit`), `too_small`/`too_large` (numbers, with
 * `limit`), `invalid_email`, `invalid_format`, `invalid_value`, `invalid_type`, `unknown_field`,
 * `taken` (must be unique), or a rule's own code (e.g. `needs_letter`, `needs_digit`).
 */
export const fieldIssueCodes = {
  required: 'required',
  tooShort: 'too_short',
  tooLong: 'too_long',
  tooSmall: 'too_small',
  tooLarge: 'too_large',
  invalidEmail: 'invalid_email',
  invalidFormat: 'invalid_format',
  invalidValue: 'invalid_value',
  invalidType: 'invalid_type',
  unknownField: 'unknown_field',
  taken: 'taken',
  needsLetter: 'needs_letter',
  needsDigit: 'needs_digit',
} as const;

/** One refused request field, as the failure envelope's `fields` lists it. */
export interface FieldIssue {
  /** Dotted path of the field in the request (`email`, `address.postalCode`, `items.0.quantity`). */
  path: string;
  code: string;
  /** The bound broken by `too_short`, `too_long`, `too_small`, `too_large`. */
  limit?: number;
}
