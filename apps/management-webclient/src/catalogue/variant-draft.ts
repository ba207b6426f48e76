import type { AddProductBodyInput, ProductDetail } from '@aneis/contracts';
import { variantKey } from '@aneis/contracts/constants';
import type { CustomizationDraft, ProductDraft } from './product-draft.js';

/** One combination of the variant options as typed: SKU and stock stay text until sent. */
export interface VariantDraft {
  choices: Record<string, string>;
  sku: string;
  /** Empty: not tracked. */
  stock: string;
}

export function variantDraftsFromProduct(product: ProductDetail): VariantDraft[] {
  return (product.variants ?? []).map((variant) => ({
    choices: { ...variant.choices },
    sku: variant.sku ?? '',
    stock: variant.stock === undefined ? '' : String(variant.stock),
  }));
}

function variantOptions(draft: ProductDraft): CustomizationDraft[] {
  return draft.customizations.filter((c) => c.variant && c.key.trim() !== '');
}

/**
 * Every combination of the options marked as telling variants apart, in the options' order.
 * Rows already typed keep their SKU and stock; combinations no longer possible are dropped.
 */
export function combineVariants(draft: ProductDraft): VariantDraft[] {
  const options = variantOptions(draft);
  if (options.length === 0) return [];
  const keys = options.map((c) => c.key.trim());
  let combinations: Record<string, string>[] = [{}];
  for (const option of options) {
    const values = option.options.map((o) => o.name.trim()).filter((name) => name !== '');
    combinations = combinations.flatMap((partial) =>
      values.map((value) => ({ ...partial, [option.key.trim()]: value })),
    );
  }
  const typed = new Map(draft.variants.map((row) => [variantKey(row.choices, keys), row]));
  return combinations.map((choices) => {
    const kept = typed.get(variantKey(choices, keys));
    return { choices, sku: kept?.sku ?? '', stock: kept?.stock ?? '' };
  });
}

/** The variants to send: `[]` when no option tells variants apart (removes stored ones). */
export function variantsToBody(draft: ProductDraft): NonNullable<AddProductBodyInput['variants']> {
  if (variantOptions(draft).length === 0) return [];
  return draft.variants.map((row) => ({
    choices: row.choices,
    ...(row.sku.trim() ? { sku: row.sku.trim() } : {}),
    ...(row.stock.trim() === '' ? {} : { stock: Number(row.stock.trim()) }),
  }));
}
