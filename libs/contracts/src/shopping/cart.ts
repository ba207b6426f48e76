import { z } from 'zod';
import { objectIdListSchema, objectIdSchema } from '../common/ids.js';
import { customizationChoicesInputSchema } from '../model/customization.js';

/** Most units of one product a cart line may hold. */
export const MAX_LINE_COUNT = 99;
/** Most lines one request may add or update. */
export const MAX_CART_LINES = 50;

export const lineCountSchema = z
  .int({ error: 'counts must be a whole number' })
  .min(1, 'counts must be at least 1')
  .max(MAX_LINE_COUNT, `counts must be at most ${MAX_LINE_COUNT}`);

/** `POST /shopping/addToCart` takes a JSON array, as in Veniqa; missing counts means 1. */
export const addToCartBodySchema = z
  .array(
    z.object({
      product: objectIdSchema,
      counts: lineCountSchema.default(1),
      customizations: customizationChoicesInputSchema,
    }),
    { error: 'No items to add' },
  )
  .min(1, 'No items to add')
  .max(MAX_CART_LINES, `at most ${MAX_CART_LINES} items may be added at once`);
export type AddToCartBody = z.output<typeof addToCartBodySchema>;
export type AddToCartBodyInput = z.input<typeof addToCartBodySchema>;

/**
 * `PUT /shopping/updateCart`: the client sends every line; a line is matched by `_id` and
 * `product`. The aggregates a client echoes back are ignored (stripped); they are recomputed.
 */
export const updateCartBodySchema = z.object({
  cartItems: z
    .array(
      z.object({
        _id: objectIdSchema,
        product: objectIdSchema,
        counts: lineCountSchema,
        customizations: customizationChoicesInputSchema,
      }),
    )
    .max(MAX_CART_LINES, `at most ${MAX_CART_LINES} lines may be updated at once`),
});
export type UpdateCartBody = z.output<typeof updateCartBodySchema>;
export type UpdateCartBodyInput = z.input<typeof updateCartBodySchema>;

export const deleteFromCartBodySchema = z.object({
  cartItemIds: objectIdListSchema(MAX_CART_LINES),
});
export type DeleteFromCartBody = z.output<typeof deleteFromCartBodySchema>;
