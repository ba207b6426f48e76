import { z } from 'zod';

export const orderStatuses = [
  'RECEIVED',
  'CONFIRMED',
  'IN-PROGRESS',
  'COMPLETED',
  'CANCELLED',
] as const;
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.output<typeof orderStatusSchema>;

export const orderLineStatuses = ['PROCESSING', 'FULFILLING', 'SHIPPED', 'DELIVERED'] as const;
export const orderLineStatusSchema = z.enum(orderLineStatuses);
export type OrderLineStatus = z.output<typeof orderLineStatusSchema>;
