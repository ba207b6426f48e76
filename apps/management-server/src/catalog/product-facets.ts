import { RING_METALS, RING_SIZE_MAX, RING_SIZE_MIN, type AddProductBody } from '@aneis/contracts';
import type { ProductFacets } from '@aneis/data';

/** Option keys or names that hold a ring size, as our admin and Veniqa's name them. */
const SIZE_OPTION = /^(tamanho|size|ring size|medida)\b/i;
const METAL_OPTION = /^(metal|metais|metals)\b/i;

const normalise = (text: string) => text.normalize('NFC').toLowerCase();

function metalsIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts.map(normalise)) {
    for (const metal of RING_METALS) {
      if (metal.words.some((word) => text.includes(word))) found.add(metal.code);
    }
  }
  return RING_METALS.map((metal) => metal.code).filter((code) => found.has(code));
}

function sizesIn(values: readonly string[]): string[] {
  const sizes = values
    .map((value) => value.trim())
    .filter((value) => /^\d{2}$/.test(value))
    .filter((value) => Number(value) >= RING_SIZE_MIN && Number(value) <= RING_SIZE_MAX);
  return [...new Set(sizes)].sort();
}

/**
 * What the storefront's filters look for, read from what a manager already fills in: the metal
 * option (or a "Metal" attribute, for a ring made in one metal) and the size option. Derived on
 * every save, so a product is filed under exactly what it currently offers.
 */
export function productFacets(
  body: Pick<AddProductBody, 'customizationOptions' | 'custom_attributes'>,
): ProductFacets {
  const options = body.customizationOptions?.customizations ?? [];
  const optionTexts = (pattern: RegExp) =>
    options
      .filter((option) => pattern.test(option.key) || pattern.test(option.name))
      .flatMap((option) =>
        option.values.map((value) => (typeof value === 'string' ? value : value.name)),
      );
  const attributeTexts = Object.entries(body.custom_attributes ?? {})
    .filter(([label]) => METAL_OPTION.test(label))
    .map(([, value]) => value);
  return {
    metals: metalsIn([...optionTexts(METAL_OPTION), ...attributeTexts]),
    sizes: sizesIn(optionTexts(SIZE_OPTION)),
  };
}
