import { z } from 'zod';
import { objectIdSchema } from '../common/ids.js';
import { exchangeRateValueSchema } from './payment.js';

/** A stored exchange rate (collection document); see `exchangeRateValueSchema` on naming. */
export const exchangeRateSchema = exchangeRateValueSchema.extend({ _id: objectIdSchema });
export type ExchangeRate = z.output<typeof exchangeRateSchema>;
