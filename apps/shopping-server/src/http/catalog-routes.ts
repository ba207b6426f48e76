import { catalogSearchBodySchema, productIdQuerySchema } from '@aneis/contracts';
import { sendSuccessJson } from '@aneis/http';
import { Router } from 'express';
import { productDetails } from '../catalog/product-details.js';
import { searchProducts } from '../catalog/search-products.js';
import { parseInput } from './parse-input.js';
import type { ShopContext } from './shop-context.js';

export function catalogRoutes({ deps, caches }: ShopContext): Router {
  const router = Router();
  router.post('/search', async (req, res) => {
    const body = parseInput(catalogSearchBodySchema, req.body);
    // The parsed body is the key: equal searches share one entry however the JSON was written.
    const key = `search:${JSON.stringify(body)}`;
    // The cached JSON text goes out as it is: no parse or stringify on a hit.
    sendSuccessJson(
      res,
      await caches.catalog.getOrLoadJson(key, () => searchProducts(deps.models, body)),
    );
  });
  router.get('/getProductDetails', async (req, res) => {
    const { productId } = parseInput(productIdQuerySchema, req.query);
    sendSuccessJson(
      res,
      await caches.catalog.getOrLoadJson(`product:${productId}`, () =>
        productDetails(deps.models, productId),
      ),
    );
  });
  return router;
}
