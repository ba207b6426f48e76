import { z } from 'zod';
import { countryRefSchema, requiredText } from '../common/text.js';

/** `?name=` of the featured-section routes (both servers). */
export const featuredNameQuerySchema = z.object({ name: requiredText(60) });
export type FeaturedNameQuery = z.output<typeof featuredNameQuerySchema>;

/** `GET /ui/shippingMethods?country=`: without a country, every active method is listed. */
export const shippingMethodsQuerySchema = z.object({ country: countryRefSchema.optional() });
export type ShippingMethodsQuery = z.output<typeof shippingMethodsQuerySchema>;
