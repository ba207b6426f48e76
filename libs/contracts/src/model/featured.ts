import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { mapKeySchema, requiredText } from '../common/text.js';
import { featuredProductSchema } from './product-summaries.js';

/** Design types both storefront and admin preview know how to render. */
export { featuredDesignTypes } from '../constants/featured-design-types.js';

/**
 * A design's settings. Veniqa stored it as free-form Mixed; the clients read `design_type` and
 * `name`. Extra settings are allowed as scalars under safe keys only, so no nested operator
 * objects can be stored.
 */
export const featuredConfigSchema = z
  .object({
    design_type: requiredText(60),
    name: requiredText(100),
  })
  .catchall(z.union([z.string().max(500), z.number(), z.boolean()]))
  .superRefine((config, ctx) => {
    const keys = Object.keys(config);
    if (keys.length > 20) {
      ctx.addIssue({ code: 'custom', message: 'config must have at most 20 settings' });
    }
    for (const key of keys) {
      if (!mapKeySchema.safeParse(key).success) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `config key "${key}" is not allowed`,
        });
      }
    }
  });
export type FeaturedConfig = z.output<typeof featuredConfigSchema>;

export const featuredSectionSchema = z.object({
  _id: objectIdSchema,
  name: z.string(),
  content: z.array(
    z.object({
      products: z.array(featuredProductSchema),
      config: featuredConfigSchema,
    }),
  ),
});
export type FeaturedSection = z.output<typeof featuredSectionSchema>;
