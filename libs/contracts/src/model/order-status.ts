import { z } from 'zod';

import { orderLineStatuses, orderStatuses } from '../constants/order-statuses.js';

export { orderLineStatuses, orderStatuses } from '../constants/order-statuses.js';
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.output<typeof orderStatusSchema>;

export const orderLineStatusSchema = z.enum(orderLineStatuses);
export type OrderLineStatus = z.output<typeof orderLineStatusSchema>;
