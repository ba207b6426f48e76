import { BadInput } from '@aneis/errors';
import type { StoredCustomization } from '@aneis/data';

/**
 * Checks a shopper's choices against the product's options: every key must be one of the
 * product's customizations and every value one of its values. Colours may be sent as the
 * storefront does (`"<name>|<hex>"`) or by name.
 */
export function validateCustomizations(
  productName: string,
  options: readonly StoredCustomization[] | undefined,
  choices: Readonly<Record<string, string>> | undefined,
): Record<string, string> | undefined {
  if (!choices || Object.keys(choices).length === 0) return undefined;
  for (const [key, value] of Object.entries(choices)) {
    const option = options?.find((candidate) => candidate.key === key);
    if (!option) throw new BadInput(`"${productName}" has no customization "${key}"`);
    const allowed =
      option.type === 'Colors'
        ? option.values.flatMap((colour) => [colour.name, `${colour.name}|${colour.hexValue}`])
        : option.values;
    if (!allowed.includes(value)) {
      throw new BadInput(`"${value}" is not a choice of "${option.name}" for "${productName}"`);
    }
  }
  return { ...choices };
}
