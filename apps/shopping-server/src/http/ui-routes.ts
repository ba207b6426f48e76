import { fastRoute } from '@aneis/http';
import { categoryList } from '../catalog/category-list.js';
import { featuredSection } from '../catalog/featured-section.js';
import { activeCountries, resolveCountry } from '../reference/countries.js';
import { activeShippingMethods, toShippingMethod } from '../reference/shipping-methods.js';
import { cachedJson } from './cached-json.js';
import type { ShoppingArea } from './route-table.js';
import type { ShopContext } from './shop-context.js';

/** `/ui/*`: what every storefront page loads first, answered on the fast lane too. */
export function uiRoutes({ deps, caches }: ShopContext): ShoppingArea<'/ui'> {
  const { models } = deps;
  return {
    'GET /ui/featured': fastRoute({
      prepare: ({ query }) => query.name,
      handle: (name) =>
        cachedJson(caches.catalog, `featured:${name}`, () => featuredSection(models, name)),
    }),
    'GET /ui/productCategoryList': fastRoute({
      prepare: () => undefined,
      handle: () => cachedJson(caches.catalog, 'categories', () => categoryList(models)),
    }),
    'GET /ui/countries': fastRoute({
      prepare: () => undefined,
      handle: () => cachedJson(caches.referenceData, 'countries', () => activeCountries(models)),
    }),
    'GET /ui/shippingMethods': fastRoute({
      prepare: ({ query }) => query.country,
      handle: (country) => {
        return cachedJson(caches.referenceData, `shipping:${country ?? '*'}`, async () => {
          if (country === undefined)
            return (await activeShippingMethods(models)).map(toShippingMethod);
          const resolved = await resolveCountry(models, country);
          if (!resolved) return [];
          return (await activeShippingMethods(models, resolved.code)).map(toShippingMethod);
        });
      },
    }),
  };
}
