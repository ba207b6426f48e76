import {
  giveBackCoupon,
  nextOrderNumber,
  redeemCoupon,
  paymentStatusFromEntries,
  type CheckoutDoc,
  type CustomerDoc,
  type OrderDoc,
  type StoredOrderLine,
  type StoredPayment,
} from '@aneis/data';
import { describeChoiceLabels, labelChoices } from '@aneis/contracts';
import {
  AppError,
  BadInput,
  Conflict,
  NotAcceptable,
  isAppError,
  type SafeDetails,
} from '@aneis/errors';
import type { Logger } from '@aneis/logging';
import { DEFAULT_MAIL_LANGUAGE, type MailLanguage } from '@aneis/mail';
import {
  checkoutStillValid,
  assertEmailConfirmed,
  type CheckoutDeps,
} from '../checkout/create-checkout.js';
import { CHECKOUT_MESSAGES } from '../checkout/checkout-messages.js';
import { couponRefused } from '../checkout/checkout-coupon.js';
import type { ShopMail } from '../emails/shop-mail.js';
import {
  releaseStock,
  reserveStock,
  type StockRequest,
  type StockReservation,
} from './reserve-stock.js';

/** A completion that has not finished after this long is taken to have died with its process. */
export const CLAIM_TIMEOUT_MS = 2 * 60_000;

export interface PlaceOrderDeps extends CheckoutDeps {
  mail: ShopMail;
  logger: Logger;
}

/** How one payment method pays a claimed checkout. */
export interface PaymentSettlement {
  /**
   * Verifies the payment with its provider (or records a pending manual payment) and returns
   * the order's payment entry. Throwing aborts the order.
   */
  settle(checkout: CheckoutDoc): Promise<StoredPayment>;
  /**
   * Present when a settled payment can be given back through the provider (a card payment).
   * Such a payment is then verified BEFORE stock is reserved, so stock is never held for a
   * payment that does not stand, and given back if the stock is gone meanwhile. Payments
   * without it are settled after the reservation, so nothing is taken for sold-out goods.
   */
  giveBack?(payment: StoredPayment, checkout: CheckoutDoc): Promise<void>;
}

/**
 * What one order line takes from stock; a variant's line names its choices, so a 409 tells the
 * shopper which ring size and metal sold out.
 */
export function stockRequestOf(line: StoredOrderLine): StockRequest {
  const choices = describeChoiceLabels(labelChoices(line.product, line.customizations), 'en');
  return {
    productId: String(line.product._id),
    name: choices === '' ? line.product.name : `${line.product.name} (${choices})`,
    units: line.counts,
    ...(line.variantKey === undefined ? {} : { variantKey: line.variantKey }),
  };
}

function isDuplicateKey(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000
  );
}

/**
 * Turns a checkout into an order, once. The order keeps the checkout's id (Veniqa's rule), so
 * completing the same checkout again answers the same order id instead of a second order.
 *
 * 1. Claim the checkout atomically, so a concurrent completion of it waits its turn (409).
 * 2. Re-price: if prices, weights, tariffs or lines changed, refuse (400, Veniqa's message).
 *    A coupon's use is spent now, atomically (409 when its limit is reached meanwhile), and
 *    given back if the order is not placed after all, so a limit is never over- or under-spent.
 * 3. A payment that can be given back (card) is verified now.
 * 4. Reserve stock per line (guarded decrements; all or nothing, 409 naming the product). If
 *    the card payment was verified and the stock is gone, it is refunded, the checkout is
 *    deleted (a new one gets a new payment) and the 409 says so.
 * 5. Any other payment is settled now; on failure the stock is given back.
 * 6. Insert the order under the checkout's id; a duplicate id means another completion won.
 * 7. Delete the checkout, remove the ordered lines from the cart, send the e-mail.
 *
 * `language` is the shopper's (the request's): the order keeps it for its mails.
 */
export async function placeOrder(
  deps: PlaceOrderDeps,
  customer: CustomerDoc,
  checkoutId: string,
  settlement: PaymentSettlement,
  language: MailLanguage = DEFAULT_MAIL_LANGUAGE,
): Promise<{ order_id: string }> {
  const { models } = deps;
  assertEmailConfirmed(customer);
  const claimedAt = deps.now();
  const checkout = await models.Checkout.findOneAndUpdate(
    {
      _id: checkoutId,
      user: customer._id,
      $or: [
        { completionClaimedAt: null },
        { completionClaimedAt: { $lt: new Date(claimedAt.getTime() - CLAIM_TIMEOUT_MS) } },
      ],
    },
    { $set: { completionClaimedAt: claimedAt } },
    { returnDocument: 'after' },
  ).lean();
  if (!checkout) {
    if (await models.Order.exists({ _id: checkoutId, user: customer._id })) {
      return { order_id: checkoutId };
    }
    if (await models.Checkout.exists({ _id: checkoutId, user: customer._id })) {
      throw new Conflict('This checkout is already being completed; see your orders in a moment');
    }
    throw new NotAcceptable(CHECKOUT_MESSAGES.notYours);
  }

  let reservations: StockReservation[] = [];
  let placed = false;
  let couponSpent = false;
  try {
    if (!(await checkoutStillValid(deps, customer, checkout))) {
      throw new BadInput(CHECKOUT_MESSAGES.changed);
    }
    let payment = settlement.giveBack ? await settlement.settle(checkout) : undefined;
    if (checkout.coupon) {
      const redemption = await redeemCoupon(models, {
        code: checkout.coupon.code,
        customer: customer._id,
        subTotalCents: checkout.cart.subTotalPrice.cents,
        now: deps.now(),
      });
      if (!redemption.redeemed) {
        const refused = couponRefused(redemption.refusal);
        // The card was charged for the discounted total: without the discount, it goes back.
        if (payment && settlement.giveBack) {
          throw await givePaymentBack(deps, settlement.giveBack, payment, checkout, refused);
        }
        throw refused;
      }
      couponSpent = true;
    }
    try {
      reservations = await reserveStock(
        models,
        checkout.cart.items.map((line) => stockRequestOf(line)),
      );
    } catch (error) {
      if (payment && settlement.giveBack && isAppError(error) && error.status === 409) {
        throw await givePaymentBack(deps, settlement.giveBack, payment, checkout, error);
      }
      throw error;
    }
    payment ??= await settlement.settle(checkout);
    const now = deps.now();
    const { completionClaimedAt: _claim, ...fields } = checkout;
    // Taken just before the insert: an order that then fails to save leaves a gap, never a repeat.
    const orderNumber = await nextOrderNumber(models.Counter, now.getUTCFullYear());
    const order: OrderDoc = {
      ...fields,
      orderNumber,
      overall_status: 'RECEIVED',
      cart: {
        ...checkout.cart,
        items: checkout.cart.items.map((line, index) => ({
          ...line,
          reservedStock: reservations[index]?.units ?? 0,
        })),
      },
      payment_info: [payment],
      // A verified card or Khalti payment is paid; cash on delivery and transfers await one.
      payment_status: paymentStatusFromEntries([payment]),
      comments: [],
      stockReleased: false,
      language,
      auditLog: { ...checkout.auditLog, createdOn: now, updatedOn: now },
    };
    try {
      await models.Order.create(order);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await releaseStock(models, reservations);
      reservations = [];
      // Another completion placed this order and spent its own use of the coupon.
      if (couponSpent && checkout.coupon) {
        await giveBackCoupon(models, checkout.coupon.id, customer._id);
      }
      placed = true;
      return { order_id: checkoutId };
    }
    placed = true;
    await models.Checkout.deleteOne({ _id: checkout._id });
    await removeOrderedLines(deps, customer, checkout);
    deps.mail.orderReceived(order);
    return { order_id: String(checkout._id) };
  } catch (error) {
    if (!placed) {
      await releaseStock(models, reservations);
      if (couponSpent && checkout.coupon) {
        await giveBackCoupon(models, checkout.coupon.id, customer._id);
      }
      await models.Checkout.updateOne(
        { _id: checkout._id, completionClaimedAt: claimedAt },
        { $unset: { completionClaimedAt: 1 } },
      );
    }
    throw error;
  }
}

/**
 * The stock (or the coupon's last use) went while the shopper paid: the money goes back through the provider and the
 * checkout is deleted (its payment is spent). Should the refund fail, the checkout stays, so
 * the paid shopper can complete it once stock returns, and the failure is logged for a manager.
 */
async function givePaymentBack(
  deps: PlaceOrderDeps,
  giveBack: NonNullable<PaymentSettlement['giveBack']>,
  payment: StoredPayment,
  checkout: CheckoutDoc,
  soldOut: AppError,
): Promise<Conflict> {
  const details: Record<string, SafeDetails> = isDetailsRecord(soldOut.details)
    ? { ...soldOut.details }
    : {};
  try {
    await giveBack(payment, checkout);
  } catch (error) {
    deps.logger.error('payment for a sold-out order could not be given back', {
      checkoutId: String(checkout._id),
      paymentId: payment.payment_id,
      source: payment.source,
      error: error instanceof Error ? error.message : String(error),
    });
    return new Conflict(
      `${soldOut.message}. Your payment could not be refunded automatically: we will refund ` +
        'it, or you can complete this checkout once the product is back in stock.',
      { code: soldOut.code ?? 'OUT_OF_STOCK', details: { ...details, refunded: false } },
    );
  }
  await deps.models.Checkout.deleteOne({ _id: checkout._id });
  return new Conflict(`${soldOut.message}. Your payment was refunded; please check out again.`, {
    code: soldOut.code ?? 'OUT_OF_STOCK',
    details: { ...details, refunded: true },
  });
}

function isDetailsRecord(
  details: SafeDetails | undefined,
): details is { readonly [key: string]: SafeDetails } {
  return typeof details === 'object' && details !== null && !Array.isArray(details);
}

/** Order lines carry their cart line ids, so exactly the ordered lines leave the cart. */
async function removeOrderedLines(
  deps: PlaceOrderDeps,
  customer: CustomerDoc,
  checkout: CheckoutDoc,
): Promise<void> {
  const fresh = await deps.models.Customer.findById(customer._id, { cart: 1 }).lean();
  if (!fresh?.cart) return;
  const ordered = new Set(checkout.cart.items.map((line) => String(line._id)));
  const items = fresh.cart.items.filter((line) => !ordered.has(String(line._id)));
  await deps.models.Customer.updateOne(
    { _id: customer._id },
    {
      $set: {
        cart: {
          items,
          totalWeight: {
            quantity:
              Math.round(
                items.reduce((sum, line) => sum + line.aggregatedWeight.quantity, 0) * 100,
              ) / 100,
            unit: fresh.cart.totalWeight.unit,
          },
          subTotalPrice: {
            cents: items.reduce((sum, line) => sum + line.aggregatedPrice.cents, 0),
            currency: fresh.cart.subTotalPrice.currency,
          },
        },
      },
    },
  );
}
