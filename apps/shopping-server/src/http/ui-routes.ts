import { featuredNameQuerySchema, shippingMethodsQuerySchema } from '@aneis/contracts';
import type { JsonRoute } from '@aneis/http';
import { categoryList } from '../catalog/category-list.js';
import { featuredSection } from '../catalog/featured-section.js';
import { activeCountries, resolveCountry } from '../reference/countries.js';
import { activeShippingMethods, toShippingMethod } from '../reference/shipping-methods.js';
import { cachedJson } from './cached-json.js';
import { parseInput } from './parse-input.js';
import type { ShopContext } from './shop-context.js';

/** `/ui/*`: what every storefront page loads first, answered on the fast lane too. */
export function uiRoutes({ deps, caches }: ShopContext): JsonRoute[] {
  const { models } = deps;
  return [
    {
      method: 'GET',
      path: '/ui/featured',
      prepare: ({ query }) => parseInput(featuredNameQuerySchema, query).name,
      handle: (name: string) =>
        cachedJson(caches.catalog, `featured:${name}`, () => featuredSection(models, name)),
    },
    {
      method: 'GET',
      path: '/ui/productCategoryList',
      prepare: () => undefined,
      handle: () => cachedJson(caches.catalog, 'categories', () => categoryList(models)),
    },
    {
      method: 'GET',
      path: '/ui/countries',
      prepare: () => undefined,
      handle: () => cachedJson(caches.referenceData, 'countries', () => activeCountries(models)),
    },
    {
      method: 'GET',
      path: '/ui/shippingMethods',
      prepare: ({ query }) => parseInput(shippingMethodsQuerySchema, query).country,
      handle: (country: string | undefined) => {
        return cachedJson(caches.referenceData, `shipping:${country ?? '*'}`, async () => {
          if (country === undefined)
            return (await activeShippingMethods(models)).map(toShippingMethod);
          const resolved = await resolveCountry(models, country);
          if (!resolved) return [];
          return (await activeShippingMethods(models, resolved.code)).map(toShippingMethod);
        });
      },
    },
  ];
}
