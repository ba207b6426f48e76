import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { absentWhenBlank, numberFromText } from '../common/lenient-input.js';
import { TEXT_LIMITS, optionalText } from '../common/text.js';
import {
  MAX_PRICE_FILTER,
  RING_METAL_CODES,
  RING_SIZE_MAX,
  RING_SIZE_MIN,
} from '../constants/ring-search.js';

export * from '../constants/ring-search.js';

const priceBound = numberFromText(
  z
    .number({ error: 'must be a number' })
    .min(0, 'must not be negative')
    .max(MAX_PRICE_FILTER, `must be at most ${MAX_PRICE_FILTER}`),
);

/** A ring size as the size select or a URL gives it: "54" or 54. */
const ringSize = z
  .union([
    z.int(),
    z
      .string()
      .trim()
      .regex(/^\d{2}$/, 'must be a ring size such as 54'),
  ])
  .transform(Number)
  .pipe(
    z
      .int()
      .min(RING_SIZE_MIN, `must be a ring size from ${RING_SIZE_MIN} to ${RING_SIZE_MAX}`)
      .max(RING_SIZE_MAX, `must be a ring size from ${RING_SIZE_MIN} to ${RING_SIZE_MAX}`),
  )
  .transform(String);

/** A checkbox's value: true/false, or their text as a query string carries them. */
const yesNo = z
  .union([z.boolean(), z.enum(['true', 'false'], { error: 'must be true or false' })])
  .transform((value) => value === true || value === 'true');

/**
 * Storefront filters, all optional. Blank values (`""`, `null`) mean "no filter", as Veniqa's
 * clients send them (`{store: "", category: ""}`); its `store` and `category` keys are
 * understood too. Every value must be a plain number, code or id, so an operator object such
 * as `{"$gt": 0}` is refused with a 400 instead of reaching the query. Unknown keys are dropped.
 */
export const catalogSearchFiltersSchema = z
  .object({
    minPrice: absentWhenBlank(priceBound),
    maxPrice: absentWhenBlank(priceBound),
    metal: absentWhenBlank(
      z.enum(RING_METAL_CODES, { error: `must be one of ${RING_METAL_CODES.join(', ')}` }),
    ),
    size: absentWhenBlank(ringSize),
    inStock: absentWhenBlank(yesNo),
    store: absentWhenBlank(optionalText(TEXT_LIMITS.code)),
    category: absentWhenBlank(objectIdSchema),
  })
  .refine(
    (filters) =>
      filters.minPrice === undefined ||
      filters.maxPrice === undefined ||
      filters.minPrice <= filters.maxPrice,
    { message: 'minPrice must not be above maxPrice', path: ['minPrice'] },
  );
export type CatalogSearchFilters = z.output<typeof catalogSearchFiltersSchema>;
export type CatalogSearchFiltersInput = z.input<typeof catalogSearchFiltersSchema>;
