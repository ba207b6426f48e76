import type { CustomerDoc, ShopModels } from '@aneis/data';
import { Unauthorized } from '@aneis/errors';
import { isValidObjectId } from 'mongoose';
import { accountBlocked } from './blocked-account.js';

/**
 * The session's customer, re-read on every request (Veniqa's rule), or 401 when the account
 * vanished or was deleted since login; 403 ACCOUNT_BLOCKED when staff blocked it since.
 */
export async function loadCustomer(models: ShopModels, userId: string): Promise<CustomerDoc> {
  if (!isValidObjectId(userId)) throw new Unauthorized();
  const customer = await models.Customer.findOne({ _id: userId, deleted: { $ne: true } }).lean();
  if (!customer) throw new Unauthorized();
  if (customer.blocked === true) throw accountBlocked();
  return customer;
}
