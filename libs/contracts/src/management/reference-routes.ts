import { z } from 'zod';
import { deleteResultSchema } from '../common/delete-result.js';
import { categorySchema } from '../model/category.js';
import { tariffSchema } from '../model/tariff.js';
import { defineRoutes } from '../routes/route-contract.js';
import {
  catalogBundleSchema,
  categoryBodySchema,
  categoryIdQuerySchema,
  deleteCategoryBodySchema,
  deleteTariffBodySchema,
  tariffBodySchema,
  tariffIdQuerySchema,
  updateCategoryBodySchema,
  updateTariffBodySchema,
} from './reference-data.js';
import { adminRoleSchema, permissionGuards } from './roles.js';

const { canViewCategories, canManageCategories, canViewTariff, canManageTariff } = permissionGuards;

/** Veniqa's reference data: bundle, stores, roles, weight units, categories, tariffs. */
export const managementReferenceRoutes = defineRoutes([
  {
    method: 'GET',
    path: '/referenceData/getCatalogBundle',
    auth: 'admin',
    response: catalogBundleSchema,
    summary: 'Stores, categories, weight units and tariffs for the product form',
  },
  {
    method: 'GET',
    path: '/referenceData/getStores',
    auth: 'admin',
    response: z.array(z.string()),
    summary: 'Store names',
  },
  {
    method: 'GET',
    path: '/referenceData/getRoles',
    auth: 'admin',
    response: z.array(adminRoleSchema),
    summary: 'Admin role names',
  },
  {
    method: 'GET',
    path: '/referenceData/getWeightUnits',
    auth: 'admin',
    response: z.array(z.string()),
    summary: 'Weight units',
  },
  {
    method: 'GET',
    path: '/referenceData/productCategoryList',
    auth: 'admin',
    permissions: canViewCategories,
    response: z.array(categorySchema),
    summary: 'All product categories',
  },
  {
    method: 'POST',
    path: '/referenceData/productCategory',
    auth: 'admin',
    permissions: canManageCategories,
    request: { body: categoryBodySchema },
    response: categorySchema,
    summary: 'Add a category/subcategory pair',
  },
  {
    method: 'GET',
    path: '/referenceData/productCategory',
    auth: 'admin',
    permissions: canViewCategories,
    request: { query: categoryIdQuerySchema },
    response: categorySchema,
    summary: 'One category',
  },
  {
    method: 'PUT',
    path: '/referenceData/productCategory',
    auth: 'admin',
    permissions: canManageCategories,
    request: { body: updateCategoryBodySchema },
    response: categorySchema,
    summary: 'Rename a category or subcategory',
  },
  {
    method: 'DELETE',
    path: '/referenceData/productCategory',
    auth: 'admin',
    permissions: canManageCategories,
    request: { body: deleteCategoryBodySchema },
    response: deleteResultSchema,
    summary: 'Delete a category no product uses (409 otherwise)',
  },
  {
    method: 'GET',
    path: '/referenceData/tariffList',
    auth: 'admin',
    permissions: canViewTariff,
    response: z.array(tariffSchema),
    summary: 'All tariffs',
  },
  {
    method: 'POST',
    path: '/referenceData/tariff',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: tariffBodySchema },
    response: tariffSchema,
    summary: 'Add a tariff with rates by country',
  },
  {
    method: 'GET',
    path: '/referenceData/tariff',
    auth: 'admin',
    permissions: canViewTariff,
    request: { query: tariffIdQuerySchema },
    response: tariffSchema,
    summary: 'One tariff',
  },
  {
    method: 'PUT',
    path: '/referenceData/tariff',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: updateTariffBodySchema },
    response: tariffSchema,
    summary: 'Change a tariff',
  },
  {
    method: 'DELETE',
    path: '/referenceData/tariff',
    auth: 'admin',
    permissions: canManageTariff,
    request: { body: deleteTariffBodySchema },
    response: deleteResultSchema,
    summary: 'Delete a tariff no product uses (409 otherwise)',
  },
]);
