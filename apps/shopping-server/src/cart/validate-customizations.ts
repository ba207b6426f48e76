import { errorCodes, findVariant, missingChoices, type Customization } from '@aneis/contracts';
import { BadInput } from '@aneis/errors';
import type { CartProductRow } from './cart-products.js';

type ChoosingProduct = Pick<CartProductRow, 'name' | 'customizationOptions' | 'variants'>;

/**
 * Checks a shopper's choices against the product's options: every key must be one of the
 * product's customizations and every value one of its values. Colours may be sent as the
 * storefront does (`"<name>|<hex>"`) or by name. Required options and those naming a variant
 * must be chosen (nothing is picked for the shopper), and the combination must be one the
 * product is made in.
 *
 * A cart line with no choices at all is let in unless `complete` is asked: Veniqa's storefront
 * merges its cart at login with `customizations: null`. Such a line is never completed for the
 * shopper; the cart says what is missing and checkout (`complete`) refuses it.
 */
export function validateCustomizations(
  product: ChoosingProduct,
  choices: Readonly<Record<string, string>> | undefined,
  { complete = false }: { complete?: boolean } = {},
): Record<string, string> | undefined {
  if (!complete && (!choices || Object.keys(choices).length === 0)) return undefined;
  const options: readonly Customization[] = product.customizationOptions?.customizations ?? [];
  for (const [key, value] of Object.entries(choices ?? {})) {
    const option = options.find((candidate) => candidate.key === key);
    if (!option) throw new BadInput(`"${product.name}" has no customization "${key}"`);
    const allowed =
      option.type === 'Colors'
        ? option.values.flatMap((colour) => [colour.name, `${colour.name}|${colour.hexValue}`])
        : option.values;
    if (!allowed.includes(value)) {
      throw new BadInput(`"${value}" is not a choice of "${option.name}" for "${product.name}"`);
    }
  }
  const missing = missingChoices(product, choices);
  if (missing.length > 0) {
    const names = missing.map((key) => options.find((option) => option.key === key)?.name ?? key);
    throw new BadInput(`Choose ${names.join(' and ')} for "${product.name}"`, {
      code: errorCodes.choiceMissing,
      details: { missing },
    });
  }
  if ((product.variants?.length ?? 0) > 0 && !findVariant(product, choices)) {
    throw new BadInput(`"${product.name}" is not made in this combination of options`, {
      code: errorCodes.variantUnavailable,
    });
  }
  if (!choices || Object.keys(choices).length === 0) return undefined;
  return { ...choices };
}
