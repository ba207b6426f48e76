import type { Checkout, CreateCheckoutBody } from '@aneis/contracts';
import type { CheckoutDoc, CustomerDoc, ShopModels } from '@aneis/data';
import { BadInput, Forbidden, isAppError, NotAcceptable } from '@aneis/errors';
import { Types } from 'mongoose';
import type { Clock } from '../clock.js';
import { buildOrderCart } from './build-order-cart.js';
import { assertCouponUsable, findCoupon } from './checkout-coupon.js';
import { CHECKOUT_MESSAGES } from './checkout-messages.js';
import { toOrderView } from './order-view.js';
import { pricingSignature } from './pricing-signature.js';

export interface CheckoutDeps {
  models: ShopModels;
  baseCurrency: string;
  /** Veniqa's tariffs and service charge (the `VENIQA_CHARGES` setting). */
  veniqaCharges: boolean;
  now: Clock;
}

/** Checkout needs a confirmed e-mail (Veniqa only hid the button). */
export function assertEmailConfirmed(customer: CustomerDoc): void {
  if (customer.emailConfirmationToken) throw new Forbidden(CHECKOUT_MESSAGES.confirmEmailFirst);
}

/**
 * Prices the cart for one of the caller's addresses and a shipping method, saves the repriced
 * cart, replaces the caller's earlier checkouts, and stores the new one with a pending payment.
 */
export async function createCheckout(
  deps: CheckoutDeps,
  customer: CustomerDoc,
  body: CreateCheckoutBody,
): Promise<Checkout> {
  assertEmailConfirmed(customer);
  const address = customer.addresses.find((candidate) => String(candidate._id) === body.addressId);
  if (!address) throw new BadInput(CHECKOUT_MESSAGES.invalidCheckoutRequest);
  const coupon = body.couponCode ? await findCoupon(deps.models, body.couponCode) : null;
  const priced = await buildOrderCart(
    deps.models,
    deps.baseCurrency,
    customer,
    address,
    body.shippingMethod,
    deps.veniqaCharges,
    coupon ?? undefined,
  );
  if (body.couponCode) {
    const subTotalCents = priced.orderCart.subTotalPrice.cents;
    await assertCouponUsable(deps.models, coupon, customer, subTotalCents, deps.now());
  }
  await deps.models.Customer.updateOne({ _id: customer._id }, { $set: { cart: priced.cart } });
  // A checkout someone is completing right now stays; the completion decides its fate.
  await deps.models.Checkout.deleteMany({ user: customer._id, completionClaimedAt: null });
  const now = deps.now();
  const auditor = { email: customer.email, name: 'CUSTOMER' };
  const checkout: Omit<CheckoutDoc, 'completionClaimedAt'> = {
    _id: new Types.ObjectId(),
    overall_status: 'RECEIVED',
    cart: priced.orderCart,
    user: customer._id,
    user_email: customer.email,
    mailing_address: address,
    destination_country: priced.country.code,
    shipping_method: priced.shippingMethod,
    payment_info: [
      {
        source: 'NONE',
        type: 'PENDING',
        payment_id: '0',
        transaction_id: '0',
        amount_in_usd: priced.orderCart.totalPrice,
        ...(priced.exchangeRate ? { exchange_rate: priced.exchangeRate } : {}),
        amount_in_payment_currency: priced.local,
      },
    ],
    payment_status: 'AWAITING_PAYMENT',
    ...(priced.coupon ? { coupon: priced.coupon } : {}),
    comments: [],
    auditLog: { createdBy: auditor, updatedBy: auditor, createdOn: now, updatedOn: now },
  };
  await deps.models.Checkout.create(checkout);
  return toOrderView(checkout);
}

/** The caller's own checkout, or Veniqa's 406. */
export async function ownCheckout(
  models: ShopModels,
  customer: CustomerDoc,
  checkoutId: string,
): Promise<CheckoutDoc> {
  const checkout = await models.Checkout.findOne({ _id: checkoutId, user: customer._id }).lean();
  if (!checkout) throw new NotAcceptable(CHECKOUT_MESSAGES.notYours);
  return checkout;
}

/** Whether pricing the cart again today gives the same lines and amounts as the checkout. */
export async function checkoutStillValid(
  deps: CheckoutDeps,
  customer: CustomerDoc,
  checkout: CheckoutDoc,
): Promise<boolean> {
  try {
    // The coupon's terms are priced again too (an edited percentage changes the total); whether
    // a use is left is decided when the order is placed.
    const coupon = checkout.coupon ? await findCoupon(deps.models, checkout.coupon.code) : null;
    if (checkout.coupon && !coupon) return false;
    const current = await buildOrderCart(
      deps.models,
      deps.baseCurrency,
      customer,
      checkout.mailing_address,
      checkout.shipping_method,
      deps.veniqaCharges,
      coupon ?? undefined,
    );
    return pricingSignature(current.orderCart) === pricingSignature(checkout.cart);
  } catch (error) {
    // The shipping method was withdrawn, the cart emptied, a rate removed: no longer valid.
    if (isAppError(error) && error.status === 400) return false;
    throw error;
  }
}

export async function isCheckoutValid(
  deps: CheckoutDeps,
  customer: CustomerDoc,
  checkoutId: string,
): Promise<boolean> {
  const checkout = await ownCheckout(deps.models, customer, checkoutId);
  return checkoutStillValid(deps, customer, checkout);
}
