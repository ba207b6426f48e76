import { z } from 'zod';
import { deleteResultSchema } from '../common/delete-result.js';
import { countrySchema } from '../model/country.js';
import { exchangeRateSchema } from '../model/exchange-rate.js';
import { shippingMethodSchema } from '../model/shipping-method.js';
import { defineRoutes } from '../routes/route-contract.js';
import {
  countryBodySchema,
  deleteCountryBodySchema,
  deleteExchangeRateBodySchema,
  deleteShippingMethodBodySchema,
  exchangeRateBodySchema,
  shippingMethodBodySchema,
  shippingMethodIdQuerySchema,
  updateCountryBodySchema,
  updateShippingMethodBodySchema,
} from './pricing-data.js';
import { permissionGuards } from './roles.js';

const { canViewTariff, canManageTariff } = permissionGuards;

/** Reference data Veniqa kept in code or by hand: countries, shipping methods, rates. */
export const managementPricingRoutes = defineRoutes([
  {
    method: 'GET',
    path: '/referenceData/countryList',
    auth: 'admin',
    permissions: canViewTariff,
    response: z.array(countrySchema),
    summary: 'All countries, inactive ones included',
  },
  {
    method: 'POST',
    path: '/referenceData/country',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: countryBodySchema },
    response: countrySchema,
    summary: 'Add a destination country',
  },
  {
    method: 'PUT',
    path: '/referenceData/country',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: updateCountryBodySchema },
    response: countrySchema,
    summary: 'Change a country (identified by code)',
  },
  {
    method: 'DELETE',
    path: '/referenceData/country',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: deleteCountryBodySchema },
    response: deleteResultSchema,
    summary: 'Delete a country no address or shipping method uses (409 otherwise)',
  },
  {
    method: 'GET',
    path: '/referenceData/shippingMethodList',
    auth: 'admin',
    permissions: canViewTariff,
    response: z.array(shippingMethodSchema),
    summary: 'All shipping methods, inactive ones included',
  },
  {
    method: 'POST',
    path: '/referenceData/shippingMethod',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: shippingMethodBodySchema },
    response: shippingMethodSchema,
    summary: 'Add a shipping method',
  },
  {
    method: 'GET',
    path: '/referenceData/shippingMethod',
    auth: 'admin',
    permissions: canViewTariff,
    request: { query: shippingMethodIdQuerySchema },
    response: shippingMethodSchema,
    summary: 'One shipping method',
  },
  {
    method: 'PUT',
    path: '/referenceData/shippingMethod',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: updateShippingMethodBodySchema },
    response: shippingMethodSchema,
    summary: 'Change a shipping method',
  },
  {
    method: 'DELETE',
    path: '/referenceData/shippingMethod',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: deleteShippingMethodBodySchema },
    response: deleteResultSchema,
    summary: 'Delete a shipping method',
  },
  {
    method: 'GET',
    path: '/referenceData/exchangeRateList',
    auth: 'admin',
    permissions: canViewTariff,
    response: z.array(exchangeRateSchema),
    summary: 'All exchange rates from the base currency',
  },
  {
    method: 'PUT',
    path: '/referenceData/exchangeRate',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: exchangeRateBodySchema },
    response: exchangeRateSchema,
    summary: 'Create or replace the rate of one currency',
  },
  {
    method: 'DELETE',
    path: '/referenceData/exchangeRate',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: deleteExchangeRateBodySchema },
    response: deleteResultSchema,
    summary: 'Delete the rate of a currency no active country uses (409 otherwise)',
  },
]);
