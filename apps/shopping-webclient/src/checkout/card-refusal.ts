import type { MessageKey } from '../i18n/i18n.js';
import type { StripeLocale, StripePaymentError } from './stripe-loader.js';

/**
 * Why a card payment did not go through, kept as what Stripe said rather than as a sentence:
 * the sentence is picked when shown, so a shopper who switches language after the refusal
 * reads it in the new one (Stripe's own text stays in the language Stripe.js was loaded in).
 */
export type CardRefusal =
  | { key: MessageKey }
  | { stripeMessage: string; stripeLocale: StripeLocale; otherwise: MessageKey };

/**
 * A lost or stolen card is told as a plain refusal: saying the bank flagged the card would
 * tell whoever holds it that it was reported (Stripe advises the same).
 */
const BY_DECLINE_CODE: Readonly<Record<string, MessageKey>> = {
  insufficient_funds: 'cardError.insufficientFunds',
  lost_card: 'cardError.declined',
  stolen_card: 'cardError.declined',
  expired_card: 'cardError.expired',
  incorrect_cvc: 'cardError.incorrectCvc',
  incorrect_number: 'cardError.incorrectNumber',
  processing_error: 'cardError.processing',
  authentication_required: 'cardError.authentication',
};

const BY_CODE: Readonly<Record<string, MessageKey>> = {
  card_declined: 'cardError.declined',
  expired_card: 'cardError.expired',
  incorrect_cvc: 'cardError.incorrectCvc',
  invalid_cvc: 'cardError.incorrectCvc',
  incorrect_number: 'cardError.incorrectNumber',
  invalid_number: 'cardError.incorrectNumber',
  invalid_expiry_month: 'cardError.invalidExpiryMonth',
  invalid_expiry_year: 'cardError.invalidExpiryYear',
  processing_error: 'cardError.processing',
  authentication_required: 'cardError.authentication',
  payment_intent_authentication_failure: 'cardError.authentication',
  rate_limit: 'cardError.rateLimit',
  // What Elements says while the card is typed.
  incomplete_number: 'cardError.incompleteNumber',
  incomplete_expiry: 'cardError.incompleteExpiry',
  invalid_expiry_month_past: 'cardError.expiryPast',
  invalid_expiry_year_past: 'cardError.expiryPast',
  incomplete_cvc: 'cardError.incompleteCvc',
};

// The bank's reason (decline_code) is the more precise one: code is then only "card_declined".
function keyOf(error: StripePaymentError): MessageKey | undefined {
  const byDecline = error.decline_code ? BY_DECLINE_CODE[error.decline_code] : undefined;
  if (byDecline) return byDecline;
  if (error.code && BY_CODE[error.code]) return BY_CODE[error.code];
  if (error.type === 'rate_limit_error') return 'cardError.rateLimit';
  return undefined;
}

function refusalOf(
  error: StripePaymentError | undefined,
  stripeLocale: StripeLocale,
  otherwise: MessageKey,
): CardRefusal {
  const key = error ? keyOf(error) : undefined;
  if (key) return { key };
  const stripeMessage = error?.message?.trim();
  return stripeMessage ? { stripeMessage, stripeLocale, otherwise } : { key: otherwise };
}

/** What confirmCardPayment answered, from a Stripe.js instance speaking `stripeLocale`. */
export function cardRefusalOf(
  error: StripePaymentError | undefined,
  stripeLocale: StripeLocale,
): CardRefusal {
  return refusalOf(error, stripeLocale, 'payment.cardDeclined');
}

/** What Elements, speaking `elementsLocale`, say of the card as it is being typed. */
export function cardEntryProblemOf(
  error: StripePaymentError,
  elementsLocale: StripeLocale,
): CardRefusal {
  return refusalOf(error, elementsLocale, 'cardError.checkCard');
}

/**
 * The sentence for `refusal` on a page in `locale`: our own text for every code we know;
 * Stripe's message for one we do not, but only while the page speaks Stripe.js's language.
 */
export function cardRefusalText(
  refusal: CardRefusal,
  locale: StripeLocale,
  t: (key: MessageKey) => string,
): string {
  if ('key' in refusal) return t(refusal.key);
  return refusal.stripeLocale === locale ? refusal.stripeMessage : t(refusal.otherwise);
}
