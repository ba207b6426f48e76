import { z } from 'zod';
import { MAX_STOCK } from '../constants/limits.js';

export { MAX_STOCK } from '../constants/limits.js';

/** Units on hand. Absent means the product's stock is not tracked (always available). */
export const stockSchema = z
  .int({ error: 'stock must be a whole number' })
  .min(0, 'stock must not be negative')
  .max(MAX_STOCK, `stock must be at most ${MAX_STOCK}`);

/** The dashboard lists a product as low on stock once `stock <= lowStockThreshold`. */
export const lowStockThresholdSchema = z
  .int({ error: 'lowStockThreshold must be a whole number' })
  .min(0, 'lowStockThreshold must not be negative')
  .max(MAX_STOCK, `lowStockThreshold must be at most ${MAX_STOCK}`);
