/** A text in both languages of the shop (the customization schema's `bilingualLabelSchema`). */
export interface LabelPair {
  pt: string;
  en: string;
}

/**
 * What these rules read of a customization (the model's `Customization` fits it); declared
 * here so this file stays free of zod for the browser.
 */
export interface ChoiceOption {
  type: 'Colors' | 'Array' | 'Toggle';
  name: string;
  key: string;
  labels?: LabelPair | undefined;
  valueDetails?:
    | readonly { value: string; labels?: LabelPair | undefined; priceDelta?: number | undefined }[]
    | undefined;
  required?: boolean | undefined;
}

/**
 * Pure rules of variants shared by the servers and the webclients: which choices are still
 * missing, which variant a set of choices is, what it costs and how it reads.
 */

/** What these rules need of a product (the stored one, a detail answer or an order snapshot). */
export interface VariantProduct {
  customizationOptions?: { customizations: readonly ChoiceOption[] } | undefined;
  variants?: readonly { key: string; choices: Record<string, string> }[] | undefined;
}

type Choices = Readonly<Record<string, string>>;

/** Colours arrive as "<name>|<hex>" (Veniqa's storefront); variants and prices use the name. */
export function valueName(option: ChoiceOption, chosen: string): string {
  return option.type === 'Colors' ? (chosen.split('|')[0] ?? chosen) : chosen;
}

/** The options that tell variants apart: the keys of the variants' choices. */
export function variantOptionKeys(product: {
  variants?: readonly { choices: Record<string, string> }[] | undefined;
}): string[] {
  const first = product.variants?.[0];
  return first ? Object.keys(first.choices).sort() : [];
}

/**
 * The name of one combination, the same whatever the order of the keys: what stock
 * reservations match on.
 */
export function variantKey(choices: Choices, keys: readonly string[]): string {
  return JSON.stringify([...keys].sort().map((key) => [key, choices[key] ?? '']));
}

function optionsOf(product: VariantProduct): readonly ChoiceOption[] {
  return product.customizationOptions?.customizations ?? [];
}

/** The chosen value names by option key (colours without their hex). */
function chosenNames(
  product: VariantProduct,
  choices: Choices | undefined,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const option of optionsOf(product)) {
    const chosen = choices?.[option.key];
    if (chosen !== undefined && chosen !== '') names[option.key] = valueName(option, chosen);
  }
  return names;
}

/** Options the shopper must still choose: the required ones and those naming a variant. */
export function missingChoices(product: VariantProduct, choices: Choices | undefined): string[] {
  const variantKeys = new Set(variantOptionKeys(product));
  return optionsOf(product)
    .filter((option) => option.required === true || variantKeys.has(option.key))
    .filter((option) => !choices?.[option.key])
    .map((option) => option.key);
}

/** The variant the choices name; undefined when the product has none or a choice is missing. */
export function findVariant<V extends { key: string; choices: Record<string, string> }>(
  product: Omit<VariantProduct, 'variants'> & { variants?: readonly V[] | undefined },
  choices: Choices | undefined,
): V | undefined {
  const keys = variantOptionKeys(product);
  if (keys.length === 0) return undefined;
  const names = chosenNames(product, choices);
  if (keys.some((key) => names[key] === undefined)) return undefined;
  const wanted = variantKey(names, keys);
  return product.variants?.find((variant) => variant.key === wanted);
}

/** The product's price plus the price difference of every chosen value, in cents. */
export function unitPriceCents(
  baseCents: number,
  product: VariantProduct,
  choices: Choices | undefined,
): number {
  const names = chosenNames(product, choices);
  let cents = baseCents;
  for (const option of optionsOf(product)) {
    const name = names[option.key];
    if (name === undefined) continue;
    cents += option.valueDetails?.find((detail) => detail.value === name)?.priceDelta ?? 0;
  }
  return cents;
}

/** One choice as a person reads it: option and value in both languages. */
export interface ChoiceLabel {
  key: string;
  value: string;
  option: LabelPair;
  label: LabelPair;
}

/**
 * The choices labelled in the product's order of options; an option or value without labels
 * reads as its name (what Veniqa's data has). Keys the product no longer has are left out,
 * never shown raw.
 */
export function labelChoices(product: VariantProduct, choices: Choices | undefined): ChoiceLabel[] {
  const names = chosenNames(product, choices);
  return optionsOf(product).flatMap((option) => {
    const value = names[option.key];
    if (value === undefined) return [];
    const detail = option.valueDetails?.find((candidate) => candidate.value === value);
    return [
      {
        key: option.key,
        value,
        option: option.labels ?? { pt: option.name, en: option.name },
        label: detail?.labels ?? { pt: value, en: value },
      },
    ];
  });
}

/** "Tamanho: 62 · Metal: Platina 950" in one language. */
export function describeChoiceLabels(
  labels: readonly ChoiceLabel[],
  language: 'pt' | 'en',
): string {
  return labels
    .map((choice) => `${choice.option[language]}: ${choice.label[language]}`)
    .join(' · ');
}
