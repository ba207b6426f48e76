import { catalogSearchBodySchema, productIdQuerySchema } from '@aneis/contracts';
import type { JsonRoute } from '@aneis/http';
import { productDetails } from '../catalog/product-details.js';
import { searchProducts } from '../catalog/search-products.js';
import { cachedJson } from './cached-json.js';
import { parseInput } from './parse-input.js';
import type { ShopContext } from './shop-context.js';

/** `/catalog/*`: the storefront's busiest reads, answered on the HTTP kit's fast lane. */
export function catalogRoutes({ deps, caches }: ShopContext): JsonRoute[] {
  return [
    {
      method: 'POST',
      path: '/catalog/search',
      handle: ({ body }) => {
        const search = parseInput(catalogSearchBodySchema, body);
        // The parsed body is the key: equal searches share one entry however the JSON was written.
        // The cached JSON text goes out as it is: no parse or stringify on a hit.
        return cachedJson(caches.catalog, `search:${JSON.stringify(search)}`, () =>
          searchProducts(deps.models, search),
        );
      },
    },
    {
      method: 'GET',
      path: '/catalog/getProductDetails',
      handle: ({ query }) => {
        const { productId } = parseInput(productIdQuerySchema, query);
        return cachedJson(caches.catalog, `product:${productId}`, () =>
          productDetails(deps.models, productId),
        );
      },
    },
  ];
}
