import { z } from 'zod';
import { paginated } from '../common/paging.js';
import { categorySchema } from '../model/category.js';
import { countrySchema } from '../model/country.js';
import { featuredSectionSchema } from '../model/featured.js';
import { checkoutSchema } from '../model/order.js';
import { productDetailSchema } from '../model/product.js';
import { productSummarySchema } from '../model/product-summaries.js';
import { shippingMethodSchema } from '../model/shipping-method.js';
import { defineRoutes } from '../routes/route-contract.js';
import {
  catalogSearchBodySchema,
  productIdQuerySchema,
  productSlugQuerySchema,
} from './catalog.js';
import {
  checkoutIdQuerySchema,
  clientSecretResponseSchema,
  completeCheckoutBodySchema,
  completeCheckoutManuallyBodySchema,
  createCheckoutBodySchema,
  orderIdResponseSchema,
  stripePaymentInstantBodySchema,
} from './orders.js';
import { featuredNameQuerySchema, shippingMethodsQuerySchema } from './ui.js';

/** Catalogue, checkout and storefront content. */
export const shoppingStoreRoutes = defineRoutes([
  {
    method: 'POST',
    path: '/catalog/search',
    auth: 'public',
    request: { body: catalogSearchBodySchema },
    response: paginated(productSummarySchema),
    summary: 'Search active products (text, categories, sort, paging)',
  },
  {
    method: 'GET',
    path: '/catalog/getProductDetails',
    auth: 'public',
    request: { query: productIdQuerySchema },
    response: productDetailSchema,
    summary: 'One active product with category and tariff',
  },
  {
    method: 'GET',
    path: '/catalog/getProductBySlug',
    auth: 'public',
    request: { query: productSlugQuerySchema },
    response: productDetailSchema,
    summary: 'One active product by its storefront slug (`/anel/<slug>`), as getProductDetails',
  },
  {
    method: 'POST',
    path: '/orders/createCheckout',
    auth: 'user',
    request: { body: createCheckoutBodySchema },
    response: checkoutSchema,
    summary: 'Price the cart for an address and shipping method; replaces earlier checkouts',
  },
  {
    method: 'GET',
    path: '/orders/isCheckoutValid',
    auth: 'user',
    request: { query: checkoutIdQuerySchema },
    response: z.boolean(),
    summary: 'Whether prices, weights, tariffs and lines are unchanged since the checkout',
  },
  {
    method: 'POST',
    path: '/orders/stripePaymentInstant',
    auth: 'user',
    request: { body: stripePaymentInstantBodySchema },
    response: clientSecretResponseSchema,
    summary: 'Create a Stripe PaymentIntent for a checkout',
  },
  {
    method: 'POST',
    path: '/orders/completeCheckoutUsingStripePaymentInstant',
    auth: 'user',
    request: { body: completeCheckoutBodySchema },
    response: orderIdResponseSchema,
    summary: 'Place the order once the PaymentIntent succeeded',
  },
  {
    method: 'POST',
    path: '/orders/completeCheckoutUsingKhalti',
    auth: 'user',
    request: { body: completeCheckoutBodySchema },
    response: orderIdResponseSchema,
    summary: 'Verify a Khalti token and place the order',
  },
  {
    method: 'POST',
    path: '/orders/completeCheckoutManually',
    auth: 'user',
    request: { body: completeCheckoutManuallyBodySchema },
    response: orderIdResponseSchema,
    summary: 'Place the order with a pending cash-on-delivery or bank-transfer payment',
  },
  {
    method: 'POST',
    path: '/orders/completeCheckoutUsingCard',
    auth: 'user',
    gone: true,
    summary: 'Retired (Stripe Charges); use the PaymentIntent or manual flows',
  },
  {
    method: 'POST',
    path: '/orders/createPaymentToken',
    auth: 'user',
    gone: true,
    summary: 'Retired (insecure bKash placeholder); use the PaymentIntent or manual flows',
  },
  {
    method: 'POST',
    path: '/orders/completeCheckout',
    auth: 'user',
    gone: true,
    summary: 'Retired (no ownership check); use the PaymentIntent or manual flows',
  },
  {
    method: 'GET',
    path: '/ui/featured',
    auth: 'public',
    request: { query: featuredNameQuerySchema },
    response: featuredSectionSchema,
    summary: 'A featured section with its products',
  },
  {
    method: 'GET',
    path: '/ui/productCategoryList',
    auth: 'public',
    response: z.array(categorySchema),
    summary: 'All product categories',
  },
  {
    method: 'GET',
    path: '/ui/countries',
    auth: 'public',
    response: z.array(countrySchema),
    summary: 'Countries the shop delivers to, with their currencies',
  },
  {
    method: 'GET',
    path: '/ui/shippingMethods',
    auth: 'public',
    request: { query: shippingMethodsQuerySchema },
    response: z.array(shippingMethodSchema),
    summary: 'Active shipping methods, optionally for one destination country',
  },
]);
