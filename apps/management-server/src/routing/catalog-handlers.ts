import {
  addProduct,
  deleteProduct,
  getProductDetails,
  updateProduct,
} from '../catalog/manage-products.js';
import { searchProducts } from '../catalog/search-products.js';
import { presignImageUploads } from '../images/presign-uploads.js';
import type { Services } from '../services.js';
import { actorOf } from './handler-context.js';
import type { HandlerTable } from './route-types.js';

type CatalogRouteKey = Extract<keyof HandlerTable, `${string} /catalog/${string}`>;

export function catalogHandlers(services: Services): Pick<HandlerTable, CatalogRouteKey> {
  return {
    'POST /catalog/search': ({ body }) => searchProducts(services, body),
    'POST /catalog/addProduct': ({ body }, ctx) => addProduct(services, actorOf(ctx).auditor, body),
    'GET /catalog/getProductDetails': ({ query }) => getProductDetails(services, query.productId),
    'PUT /catalog/updateProduct': ({ body }, ctx) =>
      updateProduct(services, actorOf(ctx).auditor, body),
    'DELETE /catalog/deleteProduct': ({ body }, ctx) =>
      deleteProduct(services, actorOf(ctx).auditor, body.productId),
    'GET /catalog/getPresignedUrlsForCatalogImageUploads': ({ query }) =>
      presignImageUploads(services, query),
  };
}
