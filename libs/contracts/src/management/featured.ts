import { z } from 'zod';
import { objectIdListSchema } from '../common/ids.js';
import { requiredText } from '../common/text.js';
import { featuredConfigSchema } from '../model/featured.js';

/** Upserts a featured section by name; product ids must exist (checked by the server). */
export const featuredUpsertBodySchema = z.object({
  name: requiredText(60),
  content: z
    .array(
      z.object({
        products: objectIdListSchema(10),
        config: featuredConfigSchema,
      }),
    )
    .max(20, 'at most 20 designs per section'),
});
export type FeaturedUpsertBody = z.output<typeof featuredUpsertBodySchema>;
export type FeaturedUpsertBodyInput = z.input<typeof featuredUpsertBodySchema>;

export const deleteFeaturedBodySchema = z.object({ name: requiredText(60) });
export type DeleteFeaturedBody = z.output<typeof deleteFeaturedBodySchema>;
