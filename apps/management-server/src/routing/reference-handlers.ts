import { adminRoles } from '@aneis/contracts';
import {
  addCategory,
  addTariff,
  catalogBundle,
  deleteCategory,
  deleteTariff,
  getCategory,
  getTariff,
  listCategories,
  listStores,
  listTariffs,
  listWeightUnits,
  updateCategory,
  updateTariff,
} from '../reference/categories-and-tariffs.js';
import { addCarrier, deleteCarrier, listCarriers, updateCarrier } from '../reference/carriers.js';
import {
  addCountry,
  addShippingMethod,
  deleteCountry,
  deleteExchangeRate,
  deleteShippingMethod,
  getShippingMethod,
  listCountries,
  listExchangeRates,
  listShippingMethods,
  putExchangeRate,
  updateCountry,
  updateShippingMethod,
} from '../reference/pricing-data.js';
import type { Services } from '../services.js';
import { actorOf } from './handler-context.js';
import type { HandlerTable } from './route-types.js';

type ReferenceRouteKey = Extract<keyof HandlerTable, `${string} /referenceData/${string}`>;

export function referenceHandlers(services: Services): Pick<HandlerTable, ReferenceRouteKey> {
  const who = actorOf;
  return {
    'GET /referenceData/getCatalogBundle': () => catalogBundle(services),
    'GET /referenceData/getStores': () => listStores(services),
    'GET /referenceData/getRoles': async () => [...adminRoles],
    'GET /referenceData/getWeightUnits': () => listWeightUnits(services),
    'GET /referenceData/productCategoryList': () => listCategories(services),
    'POST /referenceData/productCategory': ({ body }, ctx) =>
      addCategory(services, who(ctx).auditor, body),
    'GET /referenceData/productCategory': ({ query }) => getCategory(services, query.categoryId),
    'PUT /referenceData/productCategory': ({ body }, ctx) =>
      updateCategory(services, who(ctx).auditor, body),
    'DELETE /referenceData/productCategory': ({ body }, ctx) =>
      deleteCategory(services, who(ctx).auditor, body.categoryId),
    'GET /referenceData/tariffList': () => listTariffs(services),
    'POST /referenceData/tariff': ({ body }, ctx) => addTariff(services, who(ctx).auditor, body),
    'GET /referenceData/tariff': ({ query }) => getTariff(services, query.tariffId),
    'PUT /referenceData/tariff': ({ body }, ctx) => updateTariff(services, who(ctx).auditor, body),
    'DELETE /referenceData/tariff': ({ body }, ctx) =>
      deleteTariff(services, who(ctx).auditor, body.tariffId),
    'GET /referenceData/countryList': () => listCountries(services),
    'POST /referenceData/country': ({ body }, ctx) => addCountry(services, who(ctx).auditor, body),
    'PUT /referenceData/country': ({ body }, ctx) =>
      updateCountry(services, who(ctx).auditor, body),
    'DELETE /referenceData/country': ({ body }, ctx) =>
      deleteCountry(services, who(ctx).auditor, body.code),
    'GET /referenceData/shippingMethodList': () => listShippingMethods(services),
    'POST /referenceData/shippingMethod': ({ body }, ctx) =>
      addShippingMethod(services, who(ctx).auditor, body),
    'GET /referenceData/shippingMethod': ({ query }) =>
      getShippingMethod(services, query.shippingMethodId),
    'PUT /referenceData/shippingMethod': ({ body }, ctx) =>
      updateShippingMethod(services, who(ctx).auditor, body),
    'DELETE /referenceData/shippingMethod': ({ body }, ctx) =>
      deleteShippingMethod(services, who(ctx).auditor, body.shippingMethodId),
    'GET /referenceData/exchangeRateList': () => listExchangeRates(services),
    'PUT /referenceData/exchangeRate': ({ body }, ctx) =>
      putExchangeRate(services, who(ctx).auditor, body),
    'DELETE /referenceData/exchangeRate': ({ body }, ctx) =>
      deleteExchangeRate(services, who(ctx).auditor, body.currency),
    'GET /referenceData/carrierList': () => listCarriers(services),
    'POST /referenceData/carrier': ({ body }, ctx) => addCarrier(services, who(ctx).auditor, body),
    'PUT /referenceData/carrier': ({ body }, ctx) =>
      updateCarrier(services, who(ctx).auditor, body),
    'DELETE /referenceData/carrier': ({ body }, ctx) =>
      deleteCarrier(services, who(ctx).auditor, body.code),
  };
}
