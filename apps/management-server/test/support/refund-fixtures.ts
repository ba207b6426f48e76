import { Types } from 'mongoose';
import { deliveredLine, insertOrder, type CatalogFixture } from './fixtures.js';
import type { TestServer } from './test-server.js';

/**
 * A delivered card order whose refund Stripe refused: what a manager retries. `intentId` is a
 * succeeded intent of the Stripe stand-in, so a retry can go through.
 */
export async function insertFailedCardRefund(
  server: TestServer,
  fixture: CatalogFixture,
  productId: string,
  intentId: string,
  cents = 10_000,
): Promise<{ orderId: string; refundId: string }> {
  const { orderId } = await insertOrder(server, fixture, {
    status: 'CANCELLED',
    payment: 'STRIPE',
    paymentId: intentId,
    lines: [{ productId, unitCents: cents }],
  });
  const refundId = new Types.ObjectId();
  await server.services.shop.Order.updateOne(
    { _id: orderId },
    {
      $set: {
        refunds: [
          {
            _id: refundId,
            cause: 'CANCELLATION',
            amount: { cents, currency: 'EUR' },
            reason: '',
            method: 'STRIPE',
            status: 'FAILED',
            failure: 'Stripe: An unknown error occurred',
            createdBy: { email: 'ops@example.com', name: 'Ops' },
            createdOn: new Date(),
          },
        ],
      },
    },
  );
  return { orderId, refundId: String(refundId) };
}

/** A delivered order of one line of `counts` units, paid as asked. */
export async function insertDeliveredOrder(
  server: TestServer,
  fixture: CatalogFixture,
  productId: string,
  options: {
    counts?: number;
    unitCents?: number;
    payment?: 'BANK_TRANSFER' | 'CASH_ON_DELIVERY' | 'STRIPE';
    paymentId?: string;
    paid?: boolean;
  } = {},
) {
  return insertOrder(server, fixture, {
    status: 'COMPLETED',
    payment: options.payment ?? 'BANK_TRANSFER',
    paid: options.paid ?? true,
    ...(options.paymentId ? { paymentId: options.paymentId } : {}),
    userEmail: 'buyer@example.com',
    lines: [
      {
        productId,
        counts: options.counts ?? 1,
        unitCents: options.unitCents ?? 10_000,
        reservedStock: options.counts ?? 1,
      },
    ],
    lineProcessing: [deliveredLine()],
  });
}
