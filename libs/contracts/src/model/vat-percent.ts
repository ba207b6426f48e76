import { z } from 'zod';
import { numberFromText } from '../common/lenient-input.js';
import { MAX_VAT_PERCENT } from '../constants/vat-rates.js';

/** A category's IVA rate in percent, kept to hundredths (the server computes in basis points). */
export const vatPercentSchema = z
  .number({ error: 'the VAT rate must be a number' })
  .min(0, 'the VAT rate must not be negative')
  .max(MAX_VAT_PERCENT, `the VAT rate must be at most ${MAX_VAT_PERCENT} %`)
  .refine(
    (percent) => Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-9,
    'the VAT rate must have at most two decimal places',
  );

/** As an admin form sends it: a number input may give numeric text. */
export const vatPercentInputSchema = numberFromText(vatPercentSchema);
