import { featuredNameQuerySchema, shippingMethodsQuerySchema } from '@aneis/contracts';
import { sendSuccessJson } from '@aneis/http';
import { Router } from 'express';
import { categoryList } from '../catalog/category-list.js';
import { featuredSection } from '../catalog/featured-section.js';
import { activeCountries, resolveCountry } from '../reference/countries.js';
import { activeShippingMethods, toShippingMethod } from '../reference/shipping-methods.js';
import { parseInput } from './parse-input.js';
import type { ShopContext } from './shop-context.js';

export function uiRoutes({ deps, caches }: ShopContext): Router {
  const { models } = deps;
  const router = Router();
  router.get('/featured', async (req, res) => {
    const { name } = parseInput(featuredNameQuerySchema, req.query);
    sendSuccessJson(
      res,
      await caches.catalog.getOrLoadJson(`featured:${name}`, () => featuredSection(models, name)),
    );
  });
  router.get('/productCategoryList', async (_req, res) => {
    sendSuccessJson(
      res,
      await caches.catalog.getOrLoadJson('categories', () => categoryList(models)),
    );
  });
  router.get('/countries', async (_req, res) => {
    sendSuccessJson(
      res,
      await caches.referenceData.getOrLoadJson('countries', () => activeCountries(models)),
    );
  });
  router.get('/shippingMethods', async (req, res) => {
    const { country } = parseInput(shippingMethodsQuerySchema, req.query);
    const methods = await caches.referenceData.getOrLoadJson(
      `shipping:${country ?? '*'}`,
      async () => {
        if (country === undefined)
          return (await activeShippingMethods(models)).map(toShippingMethod);
        const resolved = await resolveCountry(models, country);
        if (!resolved) return [];
        return (await activeShippingMethods(models, resolved.code)).map(toShippingMethod);
      },
    );
    sendSuccessJson(res, methods);
  });
  return router;
}
