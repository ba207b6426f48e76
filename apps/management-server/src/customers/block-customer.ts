import type { Auditor, AdminCustomerSummary } from '@aneis/contracts';
import type { Services } from '../services.js';
import { findLiveCustomer } from './customer-detail.js';
import { CUSTOMER_VIEW_FIELDS, customerSummaryOf } from './customer-view.js';

/**
 * Blocks or unblocks a shopper's login. The shopping server re-reads the account on every
 * logged-in request, so an open session of a blocked shopper is refused at its next request.
 * Setting the state it already has changes nothing and records nothing.
 */
export async function setCustomerBlocked(
  services: Pick<Services, 'shop' | 'audit'>,
  actor: Auditor,
  customerId: string,
  blocked: boolean,
): Promise<AdminCustomerSummary> {
  const before = customerSummaryOf(
    await findLiveCustomer(services, customerId, CUSTOMER_VIEW_FIELDS),
  );
  if (before.blocked === blocked) return before;
  const updated = await services.shop.Customer.findOneAndUpdate(
    { _id: before._id, deleted: { $ne: true } },
    { $set: { blocked } },
    { returnDocument: 'after', projection: CUSTOMER_VIEW_FIELDS },
  ).lean();
  // Erased between the read and the write: for the admin it is gone.
  const after = customerSummaryOf(
    updated ?? (await findLiveCustomer(services, customerId, CUSTOMER_VIEW_FIELDS)),
  );
  await services.audit.record({
    actor,
    action: blocked ? 'blockCustomer' : 'unblockCustomer',
    entityType: 'customer',
    entityId: after._id,
    before: { blocked: before.blocked },
    after: { blocked: after.blocked },
  });
  return after;
}
