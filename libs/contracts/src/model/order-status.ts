import { z } from 'zod';

import { orderLineStatuses, orderStatuses } from '../constants/order-statuses.js';
import { returnStatuses } from '../constants/return-statuses.js';

export { orderLineStatuses, orderStatuses } from '../constants/order-statuses.js';
export { returnStatusOf, returnStatuses, type ReturnStatus } from '../constants/return-statuses.js';
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.output<typeof orderStatusSchema>;

export const orderLineStatusSchema = z.enum(orderLineStatuses);
export type OrderLineStatus = z.output<typeof orderLineStatusSchema>;

/** `return_status` beside `overall_status` (see return-statuses.ts for why not in it). */
export const returnStatusSchema = z.enum(returnStatuses);
