import { requireLogin } from '@aneis/auth';
import {
  addAddressBodySchema,
  deleteAddressBodySchema,
  orderIdQuerySchema,
  updateAddressBodySchema,
  userOrderListBodySchema,
} from '@aneis/contracts';
import { sendSuccess } from '@aneis/http';
import { Router } from 'express';
import { loadCustomer } from '../accounts/load-customer.js';
import {
  addAddress,
  deleteAddress,
  listAddresses,
  updateAddress,
} from '../addresses/address-book.js';
import { ownOrderDetails, ownOrderList } from '../orders/own-orders.js';
import { carrierDirectory } from '../reference/carriers.js';
import { parseInput } from './parse-input.js';
import { sessionUserId } from './session-user.js';
import type { ShopContext } from './shop-context.js';

export function userRoutes({ deps, caches }: ShopContext): Router {
  const { models } = deps;
  const carriers = () => caches.referenceData.getOrLoad('carriers', () => carrierDirectory(models));
  const router = Router();
  router.use(requireLogin());
  const customerOf = (req: Parameters<typeof sessionUserId>[0]) =>
    loadCustomer(models, sessionUserId(req));

  router.post('/address', async (req, res) => {
    const fields = parseInput(addAddressBodySchema, req.body);
    sendSuccess(res, await addAddress(models, await customerOf(req), fields));
  });
  router.get('/address', async (req, res) => {
    sendSuccess(res, listAddresses(await customerOf(req)));
  });
  router.put('/address', async (req, res) => {
    const body = parseInput(updateAddressBodySchema, req.body);
    sendSuccess(res, await updateAddress(models, await customerOf(req), body));
  });
  router.delete('/address', async (req, res) => {
    const { addressId } = parseInput(deleteAddressBodySchema, req.body, 'Bad Request');
    sendSuccess(res, await deleteAddress(models, await customerOf(req), addressId));
  });
  router.post('/orderList', async (req, res) => {
    const body = parseInput(userOrderListBodySchema, req.body);
    sendSuccess(res, await ownOrderList(models, await customerOf(req), body, await carriers()));
  });
  router.get('/orderDetails', async (req, res) => {
    const { orderId } = parseInput(orderIdQuerySchema, req.query);
    sendSuccess(
      res,
      await ownOrderDetails(models, await customerOf(req), orderId, await carriers()),
    );
  });
  return router;
}
