import { optionValueNames, type Customization } from './customization.js';
import { variantKey } from '../constants/variant-selection.js';

/** A variant as sent or stored (its SKU may be absent). */
interface VariantLike {
  choices: Record<string, string>;
  sku?: string | undefined;
  stock?: number | undefined;
}

/**
 * What is wrong with a product's variants against its options (empty when nothing): every
 * variant names the same options, each value is one of its option's values, no combination
 * twice, and either every variant tracks its stock or none does.
 */
export function variantProblems(
  options: readonly Customization[],
  variants: readonly VariantLike[],
): string[] {
  if (variants.length === 0) return [];
  const keys = Object.keys(variants[0]?.choices ?? {}).sort();
  if (keys.length === 0) return ['a variant must name at least one option'];
  const problems: string[] = [];
  const seen = new Set<string>();
  variants.forEach((variant, index) => {
    const own = Object.keys(variant.choices).sort();
    if (JSON.stringify(own) !== JSON.stringify(keys)) {
      problems.push(`variant ${index + 1} must name exactly the options ${keys.join(', ')}`);
      return;
    }
    for (const key of own) {
      const option = options.find((candidate) => candidate.key === key);
      if (!option) {
        problems.push(`variant ${index + 1} names "${key}", which is not an option`);
      } else if (!optionValueNames(option).includes(variant.choices[key] ?? '')) {
        problems.push(
          `variant ${index + 1}: "${variant.choices[key]}" is not a value of "${option.name}"`,
        );
      }
    }
    const key = variantKey(variant.choices, keys);
    if (seen.has(key)) problems.push(`variant ${index + 1} repeats a combination`);
    seen.add(key);
  });
  const tracked = variants.filter((variant) => variant.stock !== undefined).length;
  if (tracked !== 0 && tracked !== variants.length) {
    problems.push('either every variant tracks its stock or none does');
  }
  return problems;
}

/** The stored variants: each with its key. */
export function keyedVariants<V extends VariantLike>(
  variants: readonly V[],
): (V & { key: string })[] {
  const keys = Object.keys(variants[0]?.choices ?? {}).sort();
  return variants.map((variant) => ({ ...variant, key: variantKey(variant.choices, keys) }));
}

/** The cheapest a combination can cost must not be below zero. */
export function lowestPriceCents(baseCents: number, options: readonly Customization[]): number {
  return options.reduce((cents, option) => {
    const deltas = (option.valueDetails ?? []).map((detail) => detail.priceDelta ?? 0);
    return cents + Math.min(0, ...deltas);
  }, baseCents);
}
