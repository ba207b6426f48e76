import { fastRoute } from '@aneis/http';
import { productDetails, productDetailsBySlug } from '../catalog/product-details.js';
import { searchProducts } from '../catalog/search-products.js';
import { cachedJson } from './cached-json.js';
import type { ShoppingArea } from './route-table.js';
import type { ShopContext } from './shop-context.js';

/** `/catalog/*`: the storefront's busiest reads, answered on the HTTP kit's fast lane. */
export function catalogRoutes({ deps, caches }: ShopContext): ShoppingArea<'/catalog'> {
  return {
    'POST /catalog/search': fastRoute({
      // The parsed body is the key: equal searches share one entry however the JSON was written.
      prepare: ({ body: search }) => ({ search, key: `search:${JSON.stringify(search)}` }),
      // The cached JSON text goes out as it is: no parse or stringify on a hit.
      handle: ({ search, key }) =>
        cachedJson(caches.catalog, key, () => searchProducts(deps.models, search)),
    }),
    'GET /catalog/getProductDetails': fastRoute({
      prepare: ({ query: { productId } }) => ({ productId, key: `product:${productId}` }),
      handle: ({ productId, key }) =>
        cachedJson(caches.catalog, key, () => productDetails(deps.models, productId)),
    }),
    'GET /catalog/getProductBySlug': fastRoute({
      prepare: ({ query: { slug } }) => ({ slug, key: `product-slug:${slug}` }),
      handle: ({ slug, key }) =>
        cachedJson(caches.catalog, key, () => productDetailsBySlug(deps.models, slug)),
    }),
  };
}
