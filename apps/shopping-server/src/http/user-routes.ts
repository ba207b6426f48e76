import { loadCustomer } from '../accounts/load-customer.js';
import {
  addAddress,
  deleteAddress,
  listAddresses,
  updateAddress,
} from '../addresses/address-book.js';
import { ownOrderDetails, ownOrderList } from '../orders/own-orders.js';
import { carrierDirectory } from '../reference/carriers.js';
import type { ShoppingArea } from './route-table.js';
import { sessionUserId } from './session-user.js';
import type { ShopContext } from './shop-context.js';

export function userRoutes({ deps, caches }: ShopContext): ShoppingArea<'/user'> {
  const { models } = deps;
  const carriers = () => caches.referenceData.getOrLoad('carriers', () => carrierDirectory(models));
  const customerOf = (req: Parameters<typeof sessionUserId>[0]) =>
    loadCustomer(models, sessionUserId(req));

  return {
    'POST /user/address': async ({ body: fields }, { req }) =>
      addAddress(models, await customerOf(req), fields),
    'GET /user/address': async (_input, { req }) => listAddresses(await customerOf(req)),
    'PUT /user/address': async ({ body }, { req }) =>
      updateAddress(models, await customerOf(req), body),
    'DELETE /user/address': {
      missingMessage: 'Bad Request',
      handle: async ({ body: { addressId } }, { req }) =>
        deleteAddress(models, await customerOf(req), addressId),
    },
    'POST /user/orderList': async ({ body }, { req }) =>
      ownOrderList(models, await customerOf(req), body, await carriers()),
    'GET /user/orderDetails': async ({ query: { orderId } }, { req }) =>
      ownOrderDetails(
        models,
        await customerOf(req),
        orderId,
        await carriers(),
        deps.config.bankTransfer,
      ),
  };
}
