import {
  choicesFor,
  DEMO_ADDRESS,
  DEMO_SHIPPING_METHOD,
  waitForMailLink,
  type OrderableProduct,
} from '@aneis/e2e-support';
import { ApiClient } from './api-client.js';

export interface Shopper {
  readonly email: string;
  readonly password: string;
  readonly name: string;
}

export interface PlacedOrder {
  readonly orderId: string;
  /** The order's total as the checkout priced it (what the dashboard's revenue adds up). */
  readonly total: { readonly amount: number; readonly currency: string };
}

/**
 * Buys one unit of a product as a new shopper, only through the shopping API: sign up, confirm
 * the e-mail through the outbox link, log in, add an address, fill the cart, check out and pay
 * by one of the manual methods the shop accepts without a card provider (cash on delivery
 * unless told): the order then awaits its payment until a manager marks it paid. With
 * `payByCard` (a Stripe stand-in doing what Stripe.js does in the shopper's browser: the
 * intent's id from its client secret) the order is paid by card instead, and paid at once.
 */
export async function placeOrderThroughApi(options: {
  shoppingApi: string;
  webOrigin: string;
  outboxDir: string;
  shopper: Shopper;
  productId: string;
  method?: 'CASH_ON_DELIVERY' | 'BANK_TRANSFER';
  payByCard?: (clientSecret: string) => string;
}): Promise<PlacedOrder> {
  const { shopper } = options;
  const shop = new ApiClient(options.shoppingApi, options.webOrigin);

  await shop.ok('POST', '/security/signup', {
    email: shopper.email,
    password: shopper.password,
    name: shopper.name,
  });
  const link = await waitForMailLink(options.outboxDir, shopper.email, 'confirm_account_customer');
  const token = /([0-9a-fA-F]{20,})\/?$/.exec(link)?.[1];
  if (!token) throw new Error(`no token at the end of the confirmation link ${link}`);
  await shop.ok('GET', `/security/confirmEmailAddress/${token}`);

  await shop.ok('POST', '/security/login', { email: shopper.email, password: shopper.password });
  const addresses = (await shop.ok('POST', '/user/address', DEMO_ADDRESS)) as { _id: string }[];
  const addressId = addresses[0]?._id;
  if (!addressId) throw new Error('adding the address answered no address');
  const product = (await shop.ok(
    'GET',
    `/catalog/getProductDetails?productId=${encodeURIComponent(options.productId)}`,
  )) as OrderableProduct;
  await shop.ok('POST', '/shopping/addToCart', [
    { product: options.productId, counts: 1, customizations: choicesFor(product) },
  ]);
  const checkout = (await shop.ok('POST', '/orders/createCheckout', {
    addressId,
    shippingMethod: DEMO_SHIPPING_METHOD,
  })) as { _id: string; cart: { totalPrice: { amount: number; currency: string } } };
  if (options.payByCard) {
    const intent = (await shop.ok('POST', '/orders/stripePaymentInstant', {
      checkoutId: checkout._id,
    })) as { client_secret: string };
    const paymentToken = options.payByCard(intent.client_secret);
    const paid = (await shop.ok('POST', '/orders/completeCheckoutUsingStripePaymentInstant', {
      checkoutId: checkout._id,
      paymentToken,
    })) as { order_id: string };
    return { orderId: paid.order_id, total: checkout.cart.totalPrice };
  }
  const placed = (await shop.ok('POST', '/orders/completeCheckoutManually', {
    checkoutId: checkout._id,
    method: options.method ?? 'CASH_ON_DELIVERY',
  })) as { order_id: string };
  return { orderId: placed.order_id, total: checkout.cart.totalPrice };
}

/** The storefront's search, through the edge, as the shopping webclient calls it. */
export async function searchStorefront(
  shoppingApi: string,
  webOrigin: string,
  searchTerm: string,
): Promise<{ _id: string; name: string; thumbnailUrls?: string[] }[]> {
  const data = (await new ApiClient(shoppingApi, webOrigin).ok('POST', '/catalog/search', {
    searchTerm,
    pagingOptions: { page: 1, limit: 10 },
  })) as { docs: { _id: string; name: string; thumbnailUrls?: string[] }[] };
  return data.docs;
}
