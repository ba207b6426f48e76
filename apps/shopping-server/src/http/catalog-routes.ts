import {
  catalogSearchBodySchema,
  productIdQuerySchema,
  type CatalogSearchBody,
} from '@aneis/contracts';
import type { JsonRoute } from '@aneis/http';
import { productDetails } from '../catalog/product-details.js';
import { searchProducts } from '../catalog/search-products.js';
import { cachedJson } from './cached-json.js';
import { parseInput } from './parse-input.js';
import type { ShopContext } from './shop-context.js';

/** `/catalog/*`: the storefront's busiest reads, answered on the HTTP kit's fast lane. */
export function catalogRoutes({ deps, caches }: ShopContext): JsonRoute[] {
  const search: JsonRoute<{ search: CatalogSearchBody; key: string }> = {
    method: 'POST',
    path: '/catalog/search',
    prepare: ({ body }) => {
      const parsed = parseInput(catalogSearchBodySchema, body);
      // The parsed body is the key: equal searches share one entry however the JSON was written.
      return { search: parsed, key: `search:${JSON.stringify(parsed)}` };
    },
    // The cached JSON text goes out as it is: no parse or stringify on a hit.
    handle: ({ search, key }) =>
      cachedJson(caches.catalog, key, () => searchProducts(deps.models, search)),
  };
  const details: JsonRoute<{ productId: string; key: string }> = {
    method: 'GET',
    path: '/catalog/getProductDetails',
    prepare: ({ query }) => {
      const { productId } = parseInput(productIdQuerySchema, query);
      return { productId, key: `product:${productId}` };
    },
    handle: ({ productId, key }) =>
      cachedJson(caches.catalog, key, () => productDetails(deps.models, productId)),
  };
  return [search, details];
}
