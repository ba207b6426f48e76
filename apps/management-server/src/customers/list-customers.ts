import {
  toPagination,
  type CustomerListBody,
  type AdminCustomerSummary,
  type Pagination,
} from '@aneis/contracts';
import type { CustomerDoc } from '@aneis/data';
import type { QueryFilter } from 'mongoose';
import type { Services } from '../services.js';
import { CUSTOMER_VIEW_FIELDS, customerSummaryOf } from './customer-view.js';

/** Every character a regular expression gives a meaning to, so typed text matches literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Live accounts (erased ones are gone for the admin too) whose name or e-mail contains the
 * typed text, ignoring case. The text reaches the query only as an escaped pattern string.
 */
export function customerSearchFilter(search: string | undefined): QueryFilter<CustomerDoc> {
  const live: QueryFilter<CustomerDoc> = { deleted: { $ne: true } };
  const text = search?.trim() ?? '';
  if (text === '') return live;
  const pattern = { $regex: escapeRegExp(text), $options: 'i' };
  return { ...live, $or: [{ name: pattern }, { email: pattern }] };
}

/** `POST /customers/list`: newest accounts first, one page. */
export async function listCustomers(
  services: Pick<Services, 'shop'>,
  body: CustomerListBody,
): Promise<Pagination<AdminCustomerSummary>> {
  const filter = customerSearchFilter(body.search);
  const { page, limit } = body.pagingOptions;
  const { Customer } = services.shop;
  const [docs, total] = await Promise.all([
    Customer.find(filter)
      .select(CUSTOMER_VIEW_FIELDS)
      .sort({ createdAt: -1, _id: -1 })
      .skip((page - 1) * limit)
      .limit(limit)
      .lean(),
    Customer.countDocuments(filter),
  ]);
  return toPagination(docs.map(customerSummaryOf), total, body.pagingOptions);
}
