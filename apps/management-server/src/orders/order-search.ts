import { parseOrderNumber } from '@aneis/data';
import type { OrderDoc } from '@aneis/data';
import type { QueryFilter } from 'mongoose';
import { isValidObjectId, Types } from 'mongoose';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What an admin's search box means: an order number as people type it (`AN-2026-000123`,
 * `2026-123`) finds that order; an order id finds that order; any other text is part of the
 * customer's e-mail address. Empty text filters nothing.
 */
export function orderSearchFilter(search: string | undefined): QueryFilter<OrderDoc> {
  const text = search?.trim() ?? '';
  if (text === '') return {};
  const orderNumber = parseOrderNumber(text);
  if (orderNumber) return { orderNumber };
  if (/^[0-9a-f]{24}$/i.test(text) && isValidObjectId(text)) {
    return { _id: new Types.ObjectId(text) };
  }
  return { user_email: { $regex: escapeRegExp(text.toLowerCase()) } };
}
