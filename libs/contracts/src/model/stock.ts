import { z } from 'zod';

/** Largest stock count or threshold accepted. */
export const MAX_STOCK = 1_000_000;

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
