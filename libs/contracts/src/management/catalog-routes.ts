import { z } from 'zod';
import { deleteResultSchema } from '../common/delete-result.js';
import { paginated } from '../common/paging.js';
import { featuredSectionSchema } from '../model/featured.js';
import { productDetailSchema, productRecordSchema } from '../model/product.js';
import { adminProductSummarySchema } from '../model/product-summaries.js';
import { productIdQuerySchema } from '../shopping/catalog.js';
import { featuredNameQuerySchema } from '../shopping/ui.js';
import { defineRoutes } from '../routes/route-contract.js';
import {
  adminCatalogSearchBodySchema,
  deleteProductBodySchema,
  presignedUrlsQuerySchema,
  presignedUrlsResponseSchema,
} from './catalog.js';
import { deleteFeaturedBodySchema, featuredUpsertBodySchema } from './featured.js';
import { addProductBodySchema, updateProductBodySchema } from './product-input.js';
import { permissionGuards } from './roles.js';

const { canViewCatalog, canManageCatalog, canViewFeatured, canManageFeatured } = permissionGuards;

/** Products, their images and featured sections. */
export const managementCatalogRoutes = defineRoutes([
  {
    method: 'POST',
    path: '/catalog/search',
    auth: 'admin',
    permissions: canViewCatalog,
    request: { body: adminCatalogSearchBodySchema },
    response: paginated(adminProductSummarySchema),
    summary: 'Search products, inactive ones included',
  },
  {
    method: 'POST',
    path: '/catalog/addProduct',
    auth: 'admin',
    permissions: canManageCatalog,
    request: { body: addProductBodySchema },
    response: productRecordSchema,
    summary: 'Add a product',
  },
  {
    method: 'GET',
    path: '/catalog/getProductDetails',
    auth: 'admin',
    permissions: canViewCatalog,
    request: { query: productIdQuerySchema },
    response: productDetailSchema,
    summary: 'One product (active or not) with category and tariff',
  },
  {
    method: 'PUT',
    path: '/catalog/updateProduct',
    auth: 'admin',
    permissions: canManageCatalog,
    request: { body: updateProductBodySchema },
    response: productDetailSchema,
    summary: 'Update a product',
  },
  {
    method: 'DELETE',
    path: '/catalog/deleteProduct',
    auth: 'admin',
    permissions: canManageCatalog,
    request: { body: deleteProductBodySchema },
    response: deleteResultSchema,
    summary: 'Soft-delete a product and drop it from featured sections',
  },
  {
    method: 'GET',
    path: '/catalog/getPresignedUrlsForCatalogImageUploads',
    auth: 'admin',
    permissions: canManageCatalog,
    request: { query: presignedUrlsQuerySchema },
    response: presignedUrlsResponseSchema,
    summary: 'Signed upload URLs and live URLs for product images',
  },
  {
    method: 'POST',
    path: '/ui/featured',
    auth: 'admin',
    permissions: canManageFeatured,
    request: { body: featuredUpsertBodySchema },
    response: featuredSectionSchema,
    summary: 'Create or replace a featured section by name',
  },
  {
    method: 'GET',
    path: '/ui/featuredList',
    auth: 'admin',
    permissions: canViewFeatured,
    response: z.array(featuredSectionSchema),
    summary: 'All featured sections',
  },
  {
    method: 'GET',
    path: '/ui/featured',
    auth: 'admin',
    permissions: canViewFeatured,
    request: { query: featuredNameQuerySchema },
    response: featuredSectionSchema,
    summary: 'One featured section',
  },
  {
    method: 'DELETE',
    path: '/ui/featured',
    auth: 'admin',
    permissions: canManageFeatured,
    request: { body: deleteFeaturedBodySchema },
    response: z.literal(true),
    summary: 'Delete a featured section',
  },
]);
