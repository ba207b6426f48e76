import { moneyFromMinor, type CustomerDetail, type CustomerOrderRow } from '@aneis/contracts';
import { paymentStatusOf, type CustomerDoc } from '@aneis/data';
import { NotFound } from '@aneis/errors';
import { Types } from 'mongoose';
import type { Services } from '../services.js';
import { CUSTOMER_VIEW_FIELDS, customerSummaryOf } from './customer-view.js';

/** A live (not erased) account by id, or a 404 that says which. */
export async function findLiveCustomer<F extends Record<string, 0 | 1>>(
  services: Pick<Services, 'shop'>,
  customerId: string,
  fields: F,
): Promise<CustomerDoc> {
  const customer = await services.shop.Customer.findOne({
    _id: new Types.ObjectId(customerId),
    deleted: { $ne: true },
  })
    .select(fields)
    .lean();
  if (!customer) throw new NotFound('No customer has this id');
  return customer;
}

/** `GET /customers/customer`: the account, its address book and its orders, newest first. */
export async function getCustomerDetail(
  services: Pick<Services, 'shop'>,
  customerId: string,
): Promise<CustomerDetail> {
  const customer = await findLiveCustomer(services, customerId, {
    ...CUSTOMER_VIEW_FIELDS,
    addresses: 1,
  });
  const orders = await services.shop.Order.find({ user: customer._id })
    .select({
      orderNumber: 1,
      overall_status: 1,
      payment_status: 1,
      payment_info: 1,
      'cart.totalPrice': 1,
      'auditLog.createdOn': 1,
    })
    .sort({ 'auditLog.createdOn': -1 })
    .lean();
  return {
    ...customerSummaryOf(customer),
    addresses: customer.addresses.map((address) => ({
      ...address,
      _id: String(address._id),
    })),
    orders: orders.map((order): CustomerOrderRow => ({
      _id: String(order._id),
      ...(order.orderNumber ? { orderNumber: order.orderNumber } : {}),
      overall_status: order.overall_status,
      payment_status: paymentStatusOf(order),
      totalPrice: moneyFromMinor(order.cart.totalPrice),
      createdOn: order.auditLog.createdOn.toISOString(),
    })),
  };
}
