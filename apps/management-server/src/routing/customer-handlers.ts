import { setCustomerBlocked } from '../customers/block-customer.js';
import { getCustomerDetail } from '../customers/customer-detail.js';
import { eraseCustomerOnRequest } from '../customers/erase-customer-request.js';
import { exportCustomer } from '../customers/export-customer.js';
import { listCustomers } from '../customers/list-customers.js';
import type { Services } from '../services.js';
import { actorOf } from './handler-context.js';
import type { HandlerTable } from './route-types.js';

type CustomerRouteKey = Extract<keyof HandlerTable, `${string} /customers/${string}`>;

export function customerHandlers(services: Services): Pick<HandlerTable, CustomerRouteKey> {
  const who = (ctx: Parameters<typeof actorOf>[0]) => actorOf(ctx).auditor;
  return {
    'POST /customers/list': ({ body }) => listCustomers(services, body),
    'GET /customers/customer': ({ query }) => getCustomerDetail(services, query.customerId),
    'POST /customers/block': ({ body }, ctx) =>
      setCustomerBlocked(services, who(ctx), body.customerId, true),
    'POST /customers/unblock': ({ body }, ctx) =>
      setCustomerBlocked(services, who(ctx), body.customerId, false),
    'POST /customers/export': ({ body }, ctx) =>
      exportCustomer(services, who(ctx), body.customerId),
    'POST /customers/erase': ({ body }, ctx) =>
      eraseCustomerOnRequest(services, who(ctx), body.customerId),
  };
}
