import {
  lineVatView,
  orderVatView,
  returnStatusOf,
  toPagination,
  type Pagination,
  type UserOrderDetail,
  type UserOrderListBody,
  type UserOrderSummary,
} from '@aneis/contracts';
import { paymentStatusOf, type CustomerDoc, type OrderDoc, type ShopModels } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { couponField, paymentView } from '../checkout/order-view.js';
import { bankTransferInstructions, type BankAccount } from './bank-transfer-instructions.js';
import { toMoney, toOptionalMoney } from '../money-view.js';
import { shipmentView, type CarrierDirectory } from '../reference/carriers.js';

function lineState(line: OrderDoc['cart']['items'][number], carriers: CarrierDirectory) {
  const details = line.order_line_level_processing_details;
  if (!details) return {};
  const shipment = details.shipment;
  return {
    order_line_level_processing_details: {
      status: details.status,
      ...(shipment ? { shipment: shipmentView(shipment, carriers) } : {}),
      ...(details.delivery ? { delivery: { delivery_date: details.delivery.delivery_date } } : {}),
    },
  };
}

function toSummary(order: OrderDoc, carriers: CarrierDirectory): UserOrderSummary {
  const view = {
    _id: order._id,
    ...(order.orderNumber === undefined ? {} : { orderNumber: order.orderNumber }),
    overall_status: order.overall_status,
    ...returnStatusView(order),
    cart: {
      items: order.cart.items.map((line) => ({
        _id: line._id,
        product: {
          _id: line.product._id,
          name: line.product.name,
          brand: line.product.brand,
          store: line.product.store,
          thumbnailUrls: line.product.thumbnailUrls,
        },
        counts: line.counts,
        aggregatedPrice: toMoney(line.aggregatedPrice),
        ...lineVatView(line),
        ...(line.customizations ? { customizations: line.customizations } : {}),
        ...lineState(line, carriers),
        ...returnedOf(order, line),
      })),
      totalPrice: toMoney(order.cart.totalPrice),
    },
    mailing_address: { country: order.mailing_address.country },
    payment_status: paymentStatusOf(order),
    auditLog: { createdOn: order.auditLog.createdOn },
  };
  return view as unknown as UserOrderSummary; // ids and dates become strings in JSON
}

/** How many units of `line` came back (recorded by the shop's managers), when any did. */
function returnedOf(order: OrderDoc, line: OrderDoc['cart']['items'][number]) {
  const returned = (order.returns ?? [])
    .filter((entry) => String(entry.lineId) === String(line._id))
    .reduce((sum, entry) => sum + entry.quantity, 0);
  return returned > 0 ? { returned } : {};
}

/** Whether the order came back in part or whole, when any of it did (`overall_status` stays). */
function returnStatusView(order: OrderDoc) {
  const status = returnStatusOf(
    order.cart.items.map((line) => ({ counts: line.counts, ...returnedOf(order, line) })),
  );
  return status ? { return_status: status } : {};
}

function toDetail(
  order: OrderDoc,
  carriers: CarrierDirectory,
  account: BankAccount,
): UserOrderDetail {
  const cart = order.cart;
  const bankTransfer = bankTransferInstructions(order, account);
  const view = {
    _id: order._id,
    ...(order.orderNumber === undefined ? {} : { orderNumber: order.orderNumber }),
    overall_status: order.overall_status,
    ...returnStatusView(order),
    cart: {
      items: cart.items.map((line) => ({
        _id: line._id,
        product: {
          _id: line.product._id,
          name: line.product.name,
          brand: line.product.brand,
          store: line.product.store,
          thumbnailUrls: line.product.thumbnailUrls,
          price: toMoney(line.product.price),
          marked_price: toOptionalMoney(line.product.marked_price),
          ...(line.product.customizationOptions
            ? { customizationOptions: line.product.customizationOptions }
            : {}),
        },
        counts: line.counts,
        aggregatedPrice: toMoney(line.aggregatedPrice),
        ...lineVatView(line),
        ...(line.customizations ? { customizations: line.customizations } : {}),
        ...(line.variantSku ? { variantSku: line.variantSku } : {}),
        ...lineState(line, carriers),
        ...returnedOf(order, line),
      })),
      totalWeight: cart.totalWeight,
      subTotalPrice: toMoney(cart.subTotalPrice),
      serviceCharge: toMoney(cart.serviceCharge),
      shippingPrice: toMoney(cart.shippingPrice),
      tariffPrice: toMoney(cart.tariffPrice),
      totalPrice: toMoney(cart.totalPrice),
      ...orderVatView(cart),
    },
    payment_info: order.payment_info.map((payment) => {
      const { source, type, amount_in_usd, amount_in_payment_currency } = paymentView(payment);
      return { source, type, amount_in_usd, amount_in_payment_currency };
    }),
    payment_status: paymentStatusOf(order),
    mailing_address: order.mailing_address,
    shipping_method: order.shipping_method,
    auditLog: { createdOn: order.auditLog.createdOn },
    ...(bankTransfer ? { bank_transfer: bankTransfer } : {}),
    ...couponField(order),
  };
  return view as unknown as UserOrderDetail;
}

const SORT_DEFAULT = { 'auditLog.createdOn': -1 } as const;

/** The caller's orders only, newest first unless a sort is asked for. */
export async function ownOrderList(
  models: ShopModels,
  customer: CustomerDoc,
  body: UserOrderListBody,
  carriers: CarrierDirectory,
): Promise<Pagination<UserOrderSummary>> {
  const filter = { user: customer._id };
  const { page, limit } = body.pagingOptions;
  const sort = { ...(body.sortRule ?? SORT_DEFAULT), _id: -1 as const };
  const [orders, total] = await Promise.all([
    models.Order.find(filter)
      .sort(sort)
      .skip((page - 1) * limit)
      .limit(limit)
      .lean(),
    models.Order.countDocuments(filter),
  ]);
  return toPagination(
    orders.map((order) => toSummary(order, carriers)),
    total,
    body.pagingOptions,
  );
}

/**
 * One of the caller's orders; someone else's is "Not Found", like a missing one. A bank
 * transfer still owed comes with the instructions to pay it (`account` is the shop's).
 */
export async function ownOrderDetails(
  models: ShopModels,
  customer: CustomerDoc,
  orderId: string,
  carriers: CarrierDirectory,
  account: BankAccount,
): Promise<UserOrderDetail> {
  const order = await models.Order.findOne({ _id: orderId, user: customer._id }).lean();
  if (!order) throw new NotFound();
  return toDetail(order, carriers, account);
}
