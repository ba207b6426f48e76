import { z } from 'zod';
import { couponSchema } from '../model/coupon.js';
import { defineRoutes } from '../routes/route-contract.js';
import { couponBodySchema, updateCouponBodySchema } from './coupons.js';
import { permissionGuards } from './roles.js';

const { canViewCoupons, canManageCoupons } = permissionGuards;

/** Discount codes shoppers type at checkout (not Veniqa's). */
export const managementCouponRoutes = defineRoutes([
  {
    method: 'GET',
    path: '/coupons/couponList',
    auth: 'admin',
    permissions: canViewCoupons,
    response: z.array(couponSchema),
    summary: 'All coupons, newest first, inactive ones included',
  },
  {
    method: 'POST',
    path: '/coupons/coupon',
    auth: 'admin',
    permissions: canManageCoupons,
    request: { body: couponBodySchema },
    response: couponSchema,
    summary: 'Add a coupon (409 when the code exists in any case)',
  },
  {
    method: 'PUT',
    path: '/coupons/coupon',
    auth: 'admin',
    permissions: canManageCoupons,
    request: { body: updateCouponBodySchema },
    response: couponSchema,
    summary: 'Change a coupon (identified by code); active: false deactivates it',
  },
]);
