/**
 * The few Stripe.js calls the card flow needs. Stripe.js must be loaded from js.stripe.com
 * (PCI rules forbid bundling it), and only when a publishable key is configured.
 */
export interface StripeCardElement {
  mount(target: HTMLElement): void;
  destroy(): void;
}

export interface StripeLike {
  elements(): { create(type: 'card', options?: object): StripeCardElement };
  confirmCardPayment(
    clientSecret: string,
    data: { payment_method: { card: StripeCardElement } },
  ): Promise<{ paymentIntent?: { id: string; status: string }; error?: { message?: string } }>;
}

type StripeFactory = (publishableKey: string) => StripeLike;

const STRIPE_JS = 'https://js.stripe.com/v3/';
let loading: Promise<StripeFactory> | undefined;

export function stripePublishableKey(): string | undefined {
  return import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY?.trim() || undefined;
}

export function loadStripe(publishableKey: string): Promise<StripeLike> {
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
  return loading.then((factory) => factory(publishableKey));
}
