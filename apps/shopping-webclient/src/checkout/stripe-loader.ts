/**
 * The few Stripe.js calls the card flow needs. Stripe.js must be loaded from js.stripe.com
 * (PCI rules forbid bundling it), and only when a publishable key is configured.
 */
export interface StripeCardElement {
  mount(target: HTMLElement): void;
  destroy(): void;
  /** What the shopper typed so far: `error` when it cannot be a card (in Elements' locale). */
  on(event: 'change', handler: (change: { error?: StripePaymentError }) => void): void;
}

/** The languages Stripe.js is given: the storefront's own (both are Stripe.js locales). */
export type StripeLocale = 'pt' | 'en';

export interface StripeElementsLike {
  create(type: 'card', options?: object): StripeCardElement;
  /** Elements re-label their placeholders and error strings in place (typed data is kept). */
  update(options: { locale: StripeLocale }): void;
}

/**
 * A refusal from confirmCardPayment: `code` says what went wrong, `decline_code` the bank's
 * reason when the card was declined, `message` Stripe's sentence in Stripe.js's locale.
 */
export interface StripePaymentError {
  type?: string;
  code?: string;
  decline_code?: string;
  message?: string;
}

export interface StripeLike {
  elements(options?: { locale?: StripeLocale }): StripeElementsLike;
  confirmCardPayment(
    clientSecret: string,
    data: { payment_method: { card: StripeCardElement } },
  ): Promise<{ paymentIntent?: { id: string; status: string }; error?: StripePaymentError }>;
}

type StripeFactory = (publishableKey: string, options?: { locale?: StripeLocale }) => StripeLike;

const STRIPE_JS = 'https://js.stripe.com/v3/';
let loading: Promise<StripeFactory> | undefined;

export function stripePublishableKey(): string | undefined {
  return import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY?.trim() || undefined;
}

/**
 * Stripe.js for `publishableKey`, speaking `locale`: without one it answers in the browser's
 * language, not the page's (a Portuguese page with English card errors).
 */
export function loadStripe(publishableKey: string, locale: StripeLocale): Promise<StripeLike> {
  loading ??= new Promise<StripeFactory>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = STRIPE_JS;
    script.async = true;
    script.onload = () => {
      const factory = (window as unknown as { Stripe?: StripeFactory }).Stripe;
      if (factory) resolve(factory);
      else reject(new Error('Stripe.js did not load'));
    };
    script.onerror = () => {
      loading = undefined;
      reject(new Error('Stripe.js could not be downloaded'));
    };
    document.head.append(script);
  });
  return loading.then((factory) => factory(publishableKey, { locale }));
}
