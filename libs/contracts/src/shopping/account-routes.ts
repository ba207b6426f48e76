import { z } from 'zod';
import {
  emailQuerySchema,
  loginBodySchema,
  resetPasswordBodySchema,
  tokenParamsSchema,
} from '../common/security-requests.js';
import { paginated } from '../common/paging.js';
import { addressSchema } from '../model/address.js';
import { cartSchema } from '../model/cart.js';
import { userOrderDetailSchema, userOrderSummarySchema } from '../model/order-summaries.js';
import { defineRoutes } from '../routes/route-contract.js';
import {
  addAddressBodySchema,
  deleteAddressBodySchema,
  updateAddressBodySchema,
} from './addresses.js';
import { addToCartBodySchema, deleteFromCartBodySchema, updateCartBodySchema } from './cart.js';
import { orderIdQuerySchema, userOrderListBodySchema } from './orders.js';
import { customerSummarySchema, signupBodySchema, signupResponseSchema } from './security.js';

const addresses = z.array(addressSchema);

/** Shopper accounts: security, cart, addresses and the shopper's own orders. */
export const shoppingAccountRoutes = defineRoutes([
  {
    method: 'POST',
    path: '/security/signup',
    auth: 'public',
    request: { body: signupBodySchema },
    response: signupResponseSchema,
    summary: 'Create a customer account and send the e-mail confirmation link',
  },
  {
    method: 'POST',
    path: '/security/login',
    auth: 'public',
    request: { body: loginBodySchema },
    response: customerSummarySchema,
    format: 'json',
    summary: 'Log in (raw user summary; new session cookie)',
  },
  {
    method: 'GET',
    path: '/security/isLoggedIn',
    auth: 'public',
    response: z.boolean(),
    format: 'json',
    summary: 'Whether the session is logged in (bare true/false)',
  },
  {
    method: 'GET',
    path: '/security/logout',
    auth: 'public',
    response: z.string(),
    format: 'text',
    summary: "End the session (plain text); Veniqa's clients call it, refused from other sites",
  },
  {
    method: 'POST',
    path: '/security/logout',
    auth: 'public',
    response: z.string(),
    format: 'text',
    summary: 'End the session (plain text); what the shop’s own webclients send',
  },
  {
    method: 'GET',
    path: '/security/resendEmailAddressConfirmationLink',
    auth: 'public',
    request: { query: emailQuerySchema },
    response: z.literal(true),
    summary: 'Send a fresh e-mail confirmation link',
  },
  {
    method: 'GET',
    path: '/security/confirmEmailAddress/:token',
    auth: 'public',
    request: { params: tokenParamsSchema },
    response: z.literal(true),
    summary: 'Confirm an e-mail address',
  },
  {
    method: 'GET',
    path: '/security/forgotPassword',
    auth: 'public',
    request: { query: emailQuerySchema },
    response: z.literal(true),
    summary: 'Send password reset instructions (same answer whether or not the e-mail exists)',
  },
  {
    method: 'GET',
    path: '/security/validatePasswordResetToken/:token',
    auth: 'public',
    request: { params: tokenParamsSchema },
    response: z.boolean(),
    summary: 'Whether a reset token is valid and unexpired',
  },
  {
    method: 'POST',
    path: '/security/resetPassword',
    auth: 'public',
    request: { body: resetPasswordBodySchema },
    response: z.literal(true),
    summary: "Set a new password; ends the user's other sessions",
  },
  {
    method: 'POST',
    path: '/shopping/addToCart',
    auth: 'session',
    request: { body: addToCartBodySchema },
    response: cartSchema,
    summary: 'Add lines to the cart (JSON array body); a guest gets a cart kept in the session',
  },
  {
    method: 'GET',
    path: '/shopping/getCart',
    auth: 'session',
    response: cartSchema,
    summary: 'Read the repriced cart',
  },
  {
    method: 'PUT',
    path: '/shopping/updateCart',
    auth: 'session',
    request: { body: updateCartBodySchema },
    response: cartSchema,
    summary: 'Update cart lines (counts, customizations)',
  },
  {
    method: 'DELETE',
    path: '/shopping/deleteFromCart',
    auth: 'session',
    request: { body: deleteFromCartBodySchema },
    response: cartSchema,
    summary: "Remove lines from the caller's cart",
  },
  {
    method: 'POST',
    path: '/user/address',
    auth: 'user',
    request: { body: addAddressBodySchema },
    response: addresses,
    summary: 'Add an address',
  },
  {
    method: 'GET',
    path: '/user/address',
    auth: 'user',
    response: addresses,
    summary: "List the caller's addresses",
  },
  {
    method: 'PUT',
    path: '/user/address',
    auth: 'user',
    request: { body: updateAddressBodySchema },
    response: addresses,
    summary: 'Replace one of the caller’s addresses',
  },
  {
    method: 'DELETE',
    path: '/user/address',
    auth: 'user',
    request: { body: deleteAddressBodySchema },
    response: addresses,
    summary: 'Delete one of the caller’s addresses',
  },
  {
    method: 'POST',
    path: '/user/orderList',
    auth: 'user',
    request: { body: userOrderListBodySchema },
    response: paginated(userOrderSummarySchema),
    summary: "Page through the caller's orders",
  },
  {
    method: 'GET',
    path: '/user/orderDetails',
    auth: 'user',
    request: { query: orderIdQuerySchema },
    response: userOrderDetailSchema,
    summary: "One of the caller's orders",
  },
]);
