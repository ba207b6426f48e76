import {
  toPagination,
  type AdminOrderListBody,
  type AdminOrderSummary,
  type Pagination,
} from '@aneis/contracts';
import type { CategoryDoc, OrderDoc, TariffDoc } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import type { QueryFilter, SortOrder } from 'mongoose';
import type { Services } from '../services.js';
import { orderSearchFilter } from './order-search.js';
import { adminOrderDetailView, adminOrderSummaryView, type LeanOrder } from './order-view.js';

export async function listOrders(
  deps: Pick<Services, 'shop'>,
  body: AdminOrderListBody,
): Promise<Pagination<AdminOrderSummary>> {
  const filter: QueryFilter<OrderDoc> = {
    ...(body.orderStatus ? { overall_status: body.orderStatus } : {}),
    ...orderSearchFilter(body.search),
  };
  const sort: Record<string, SortOrder> =
    body.sortRule && Object.keys(body.sortRule).length > 0
      ? { ...body.sortRule }
      : { 'auditLog.createdOn': -1 };
  sort['_id'] = -1;
  const { page, limit } = body.pagingOptions;
  const [orders, total] = await Promise.all([
    deps.shop.Order.find(filter)
      .sort(sort)
      .skip((page - 1) * limit)
      .limit(limit)
      .lean<LeanOrder[]>(),
    deps.shop.Order.countDocuments(filter),
  ]);
  return toPagination(orders.map(adminOrderSummaryView), total, body.pagingOptions);
}

/** The order with every snapshot's category and tariff read from their collections. */
export async function orderDetail(deps: Pick<Services, 'shop'>, order: LeanOrder) {
  const categoryIds = order.cart.items.map((line) => line.product.category);
  const tariffIds = order.cart.items.map((line) => line.product.tariff);
  const [categories, tariffs] = await Promise.all([
    deps.shop.Category.find({ _id: { $in: categoryIds } }).lean<CategoryDoc[]>(),
    deps.shop.Tariff.find({ _id: { $in: tariffIds } }).lean<TariffDoc[]>(),
  ]);
  return adminOrderDetailView(
    order,
    new Map(categories.map((c) => [String(c._id), c])),
    new Map(tariffs.map((t) => [String(t._id), t])),
  );
}

export async function loadOrder(deps: Pick<Services, 'shop'>, orderId: string): Promise<LeanOrder> {
  const order = await deps.shop.Order.findById(orderId).lean<LeanOrder>();
  if (!order) throw new NotFound();
  return order;
}

export async function getOrder(deps: Pick<Services, 'shop'>, orderId: string) {
  return orderDetail(deps, await loadOrder(deps, orderId));
}
