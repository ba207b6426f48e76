import type { Customization, CustomizationChoices, Variant } from '@aneis/contracts';
import { valueName, variantOptionKeys } from '@aneis/contracts/constants';

/**
 * Whether choosing `value` for `option` can only lead to sold-out variants, given the other
 * variant options already chosen: then the storefront marks it. Values of options that do not
 * tell variants apart, and untracked variants, are never sold out.
 */
export function valueSoldOut(
  options: readonly Customization[],
  variants: readonly Variant[] | undefined,
  choices: CustomizationChoices,
  option: Customization,
  value: string,
): boolean {
  const keys = variantOptionKeys({ variants });
  if (!variants || !keys.includes(option.key)) return false;
  const chosen = (key: string) => {
    const other = options.find((candidate) => candidate.key === key);
    const raw = choices[key];
    return other && raw ? valueName(other, raw) : undefined;
  };
  const reachable = variants.filter((variant) =>
    keys.every((key) =>
      key === option.key
        ? variant.choices[key] === value
        : [undefined, variant.choices[key]].includes(chosen(key)),
    ),
  );
  return reachable.length > 0 && reachable.every((variant) => variant.stock === 0);
}

/** The values of `option` as they are sent: colours as "<name>|<hex>", others as they are. */
export function sentValues(option: Customization): { name: string; sent: string }[] {
  if (option.type === 'Colors') {
    return option.values.map((colour) => ({
      name: colour.name,
      sent: `${colour.name}|${colour.hexValue}`,
    }));
  }
  return option.values.map((name) => ({ name, sent: name }));
}
