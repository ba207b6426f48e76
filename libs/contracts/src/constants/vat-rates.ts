/**
 * IVA (Portuguese VAT). Catalogue prices are gross: they already contain the IVA of their
 * category's rate. 23 % is the mainland standard rate; a category may carry another one
 * (13 % intermediate, 6 % reduced, or the islands' rates).
 */
export const STANDARD_VAT_PERCENT = 23;

/** The highest rate a category may carry; no EU rate comes near it. */
export const MAX_VAT_PERCENT = 50;

/** A category's IVA rate, or the standard one for a category stored before IVA was recorded. */
export function vatPercentOrStandard(vatPercent: number | null | undefined): number {
  return typeof vatPercent === 'number' && Number.isFinite(vatPercent)
    ? vatPercent
    : STANDARD_VAT_PERCENT;
}
