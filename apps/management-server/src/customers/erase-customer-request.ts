import type { Auditor, CustomerErasure } from '@aneis/contracts';
import { eraseCustomer } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { Types } from 'mongoose';
import type { Services } from '../services.js';

/**
 * `POST /customers/erase`: a shopper's erasure request carried out (see `eraseCustomer`). The
 * audit entry names the account by id only: writing the e-mail or name there would keep the
 * very data just erased.
 */
export async function eraseCustomerOnRequest(
  services: Pick<Services, 'shop' | 'audit' | 'now' | 'ordersChanged'>,
  actor: Auditor,
  customerId: string,
): Promise<CustomerErasure> {
  const id = new Types.ObjectId(customerId);
  const result = await eraseCustomer(services.shop, id, services.now());
  if (!result) throw new NotFound('No customer has this id');
  services.ordersChanged();
  await services.audit.record({
    actor,
    action: 'eraseCustomer',
    entityType: 'customer',
    entityId: customerId,
    before: { erased: false },
    after: { erased: true, ordersAnonymised: result.ordersAnonymised },
  });
  return { customerId, ordersAnonymised: result.ordersAnonymised };
}
