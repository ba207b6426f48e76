import { addCoupon, listCoupons, updateCoupon } from '../coupons/coupons.js';
import type { Services } from '../services.js';
import { actorOf } from './handler-context.js';
import type { HandlerTable } from './route-types.js';

type CouponRouteKey = Extract<keyof HandlerTable, `${string} /coupons/${string}`>;

export function couponHandlers(services: Services): Pick<HandlerTable, CouponRouteKey> {
  return {
    'GET /coupons/couponList': () => listCoupons(services),
    'POST /coupons/coupon': ({ body }, ctx) => addCoupon(services, actorOf(ctx).auditor, body),
    'PUT /coupons/coupon': ({ body }, ctx) => updateCoupon(services, actorOf(ctx).auditor, body),
  };
}
