import type { Auditor, CustomerExport } from '@aneis/contracts';
import type { Services } from '../services.js';
import { findLiveCustomer } from './customer-detail.js';
import { customerSummaryOf } from './customer-view.js';

/** Stored documents as plain JSON: ids and dates as strings, as the export file carries them. */
function plain<T>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/**
 * `POST /customers/export`: what the shop holds about one shopper, for a data-access request.
 * The account is read without its password hash and tokens (they are never selected); the
 * export itself is audited, with who asked and when, but not its content.
 */
export async function exportCustomer(
  services: Pick<Services, 'shop' | 'audit' | 'now'>,
  actor: Auditor,
  customerId: string,
): Promise<CustomerExport> {
  const customer = await findLiveCustomer(services, customerId, {
    email: 1,
    name: 1,
    blocked: 1,
    emailConfirmationToken: 1,
    createdAt: 1,
    updatedAt: 1,
    language: 1,
    addresses: 1,
    cart: 1,
  });
  const orders = await services.shop.Order.find({ user: customer._id })
    .sort({ 'auditLog.createdOn': 1 })
    .lean();
  const exported: CustomerExport = {
    exportedAt: services.now().toISOString(),
    account: {
      ...customerSummaryOf(customer),
      ...(customer.language ? { language: customer.language } : {}),
      ...(customer.updatedAt ? { updatedAt: customer.updatedAt.toISOString() } : {}),
    },
    addresses: customer.addresses.map((address) => ({ ...address, _id: String(address._id) })),
    orders: orders.map(plain),
    cart: customer.cart ? plain(customer.cart) : null,
  };
  await services.audit.record({
    actor,
    action: 'exportCustomerData',
    entityType: 'customer',
    entityId: exported.account._id,
    before: null,
    after: { exportedAt: exported.exportedAt, orders: orders.length },
  });
  return exported;
}
