import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { releaseEmailClaim } from '../email-claims/claim-email.js';
import type { ShopModels } from '../models/register-models.js';

/** The name and e-mail domain an erased shopper's traces are replaced with. */
export const ERASED_NAME = 'Erased customer';
const ERASED_DOMAIN = 'erased.invalid';

/**
 * The address an erased account and its orders carry instead of the shopper's: unique per
 * account (the e-mail index stays satisfied), under a domain that can never receive mail.
 */
export function erasedEmailOf(customerId: Types.ObjectId): string {
  return `erased-${customerId.toHexString()}@${ERASED_DOMAIN}`;
}

const ERASED_TEXT = '[erased]';

/** What a kept order's mailing address becomes: the country stays (for tax books), nothing else. */
function erasedAddress(address: { _id: Types.ObjectId; country: string }) {
  return {
    _id: address._id,
    firstName: ERASED_TEXT,
    lastName: '',
    addressLine1: ERASED_TEXT,
    city: ERASED_TEXT,
    state: ERASED_TEXT,
    country: address.country,
    mobilePhone: '',
  };
}

export interface CustomerErasureResult {
  ordersAnonymised: number;
}

/**
 * Erases a shopper on request. The account stays as an anonymous, deleted shell (its `_id` is
 * what the orders point at): name, e-mail, password, tokens, addresses and cart are gone, so it
 * can never log in again, and the e-mail claim is released so the address may sign up afresh.
 * Orders are kept for the books (numbers, lines, amounts, payments) with the shopper's e-mail,
 * mailing address and own comments replaced; their open checkouts are deleted.
 */
export async function eraseCustomer(
  models: Pick<ShopModels, 'Customer' | 'Order' | 'Checkout' | 'EmailClaim'>,
  customerId: Types.ObjectId,
  now: Date,
): Promise<CustomerErasureResult | null> {
  const customer = await models.Customer.findOne({ _id: customerId, deleted: { $ne: true } })
    .select({ email: 1 })
    .lean();
  if (!customer) return null;
  const originalEmail = customer.email;
  const erasedEmail = erasedEmailOf(customerId);

  await models.Customer.updateOne(
    { _id: customerId },
    {
      $set: {
        email: erasedEmail,
        name: ERASED_NAME,
        // Random and never shown: no password can match it, and no hash of the old one is kept.
        password: randomBytes(32).toString('hex'),
        referral_token: `erased-${customerId.toHexString()}`,
        addresses: [],
        deleted: true,
        blocked: false,
        erasedAt: now,
      },
      $unset: {
        cart: 1,
        mergedGuestCarts: 1,
        emailConfirmationToken: 1,
        passwordResetToken: 1,
        passwordResetExpires: 1,
        language: 1,
      },
    },
  );
  await releaseEmailClaim(models.EmailClaim, 'customer', originalEmail, customerId);

  const ordersAnonymised = await anonymiseOrders(models, customerId, originalEmail, erasedEmail);
  await models.Checkout.deleteMany({ user: customerId });
  return { ordersAnonymised };
}

async function anonymiseOrders(
  models: Pick<ShopModels, 'Order'>,
  customerId: Types.ObjectId,
  originalEmail: string,
  erasedEmail: string,
): Promise<number> {
  const erasedAuthor = { email: erasedEmail, name: ERASED_NAME };
  const orders = await models.Order.find({ user: customerId })
    .select({ mailing_address: 1, comments: 1, auditLog: 1 })
    .lean();
  for (const order of orders) {
    const wroteIt = (email: string) => email === originalEmail;
    const comments = order.comments.map((comment) =>
      wroteIt(comment.auditLog.createdBy.email)
        ? {
            ...comment,
            content: ERASED_TEXT,
            auditLog: { ...comment.auditLog, createdBy: erasedAuthor, updatedBy: erasedAuthor },
          }
        : comment,
    );
    const { createdBy, updatedBy } = order.auditLog;
    await models.Order.updateOne(
      { _id: order._id },
      {
        $set: {
          user_email: erasedEmail,
          mailing_address: erasedAddress(order.mailing_address),
          comments,
          'auditLog.createdBy': wroteIt(createdBy.email) ? erasedAuthor : createdBy,
          'auditLog.updatedBy': wroteIt(updatedBy.email) ? erasedAuthor : updatedBy,
        },
      },
    );
  }
  return orders.length;
}
