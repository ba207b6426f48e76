import {
  addProductBodySchema,
  type AddProductBody,
  type CustomizationOptions,
  type VariantInput,
} from '@aneis/contracts';
import { escapeXml } from './illustration/svg-markup.js';
import { GEMS, METALS, type Metal } from './illustration/ring-materials.js';
import type { DemoProduct } from './demo-product.js';

const sizesFrom = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => String(first + i));

/** European ring sizes (inner circumference in mm) a shopper picks from. */
export const RING_SIZES_EU = sizesFrom(48, 62);
/** Men's rings are made larger, so the size filter tells the two ranges apart. */
export const MENS_RING_SIZES_EU = sizesFrom(58, 70);

function ringSizes(product: DemoProduct): string[] {
  return product.category.category === 'Homem' ? MENS_RING_SIZES_EU : RING_SIZES_EU;
}

const ENGRAVING = {
  inside: {
    name: 'Gravação interior',
    labels: { pt: 'Gravação interior', en: 'Inside engraving' },
    values: ['Sem gravação', 'Com gravação (texto combinado por e-mail)'],
    valueLabels: [
      { pt: 'Sem gravação', en: 'No engraving' },
      { pt: 'Com gravação (texto combinado por e-mail)', en: 'Engraved (text agreed by e-mail)' },
    ],
  },
  face: {
    name: 'Gravação da mesa',
    labels: { pt: 'Gravação da mesa', en: 'Face engraving' },
    values: ['Mesa lisa', 'Gravada (desenho combinado por e-mail)'],
    valueLabels: [
      { pt: 'Mesa lisa', en: 'Plain face' },
      { pt: 'Gravada (desenho combinado por e-mail)', en: 'Engraved (design agreed by e-mail)' },
    ],
  },
} as const;

/** What each metal is called in English (the shop's names are Portuguese). */
const METAL_NAMES_EN: Record<Metal, string> = {
  'ouro-amarelo': '18k yellow gold',
  'ouro-branco': '18k white gold',
  'ouro-rosa': '18k rose gold',
  platina: 'Platinum 950',
  prata: 'Sterling silver 925',
};

/**
 * What a metal costs over the ring's price in 18k yellow gold, in percent of that price:
 * platinum is denser and dearer, white gold is rhodium-plated, silver is far cheaper.
 */
const METAL_SURCHARGE_PERCENT: Record<Metal, number> = {
  'ouro-amarelo': 0,
  'ouro-rosa': 0,
  'ouro-branco': 5,
  platina: 30,
  prata: -70,
};

/**
 * The price difference of `metal` for a ring priced in its pictured (first) metal, in whole
 * euros: negative when the metal is cheaper than the pictured one.
 */
export function metalPriceDeltaCents(product: DemoProduct, metal: Metal): number {
  const percent = METAL_SURCHARGE_PERCENT[metal] - METAL_SURCHARGE_PERCENT[product.metals[0]];
  return Math.round((product.priceCents * percent) / 100 / 100) * 100;
}

const CLOSING =
  'Feito à mão na nossa oficina do Porto. Inclui estojo, certificado de garantia e um ajuste de ' +
  'tamanho gratuito nos primeiros 30 dias.';

/** The choices a shopper makes: size always, then metal, stone and engraving when offered. */
export function demoCustomizations(product: DemoProduct): CustomizationOptions {
  const customizations: CustomizationOptions['customizations'] = [
    {
      type: 'Array',
      name: 'Tamanho (EU)',
      key: 'tamanho',
      labels: { pt: 'Tamanho (EU)', en: 'Size (EU)' },
      values: ringSizes(product),
      required: true,
    },
  ];
  if (product.metals.length > 1) {
    customizations.push({
      type: 'Array',
      name: 'Metal',
      key: 'metal',
      labels: { pt: 'Metal', en: 'Metal' },
      values: product.metals.map((metal) => METALS[metal].label),
      valueDetails: product.metals.map((metal) => ({
        value: METALS[metal].label,
        labels: { pt: METALS[metal].label, en: METAL_NAMES_EN[metal] },
        priceDelta: metalPriceDeltaCents(product, metal),
      })),
      required: true,
    });
  }
  if (product.stoneChoices && product.stoneChoices.length > 1) {
    customizations.push({
      type: 'Colors',
      name: 'Pedra',
      key: 'pedra',
      values: product.stoneChoices.map((gem) => ({
        name: GEMS[gem].label,
        hexValue: GEMS[gem].mid,
      })),
      labels: { pt: 'Pedra', en: 'Stone' },
      required: true,
    });
  }
  if (product.engraving) {
    const engraving = ENGRAVING[product.engraving];
    customizations.push({
      type: 'Toggle',
      name: engraving.name,
      key: 'gravacao',
      labels: engraving.labels,
      values: [...engraving.values],
      valueDetails: engraving.values.map((value, index) => ({
        value,
        labels: engraving.valueLabels[index] ?? { pt: value, en: value },
      })),
    });
  }
  return { customizations };
}

/**
 * A ring offered in several metals is sold per size × metal, each with its own SKU and about
 * the ring's stock: a few sizes of the pictured metal are sold out (so the storefront shows what
 * that looks like), the largest sizes never are. A ring with no stock at all has none in any variant; one
 * made to order tracks none.
 */
export function demoVariants(product: DemoProduct): VariantInput[] | undefined {
  if (product.metals.length < 2) return undefined;
  return ringSizes(product).flatMap((size, sizeIndex) =>
    product.metals.map((metal, metalIndex) => {
      const soldOut = product.stock === 0 || (metalIndex === 0 && sizeIndex % 5 === 2);
      return {
        choices: { tamanho: size, metal: METALS[metal].label },
        sku: `${product.sku}-${size}-${metal.toUpperCase()}`,
        ...(product.stock === undefined
          ? {}
          : { stock: soldOut ? 0 : product.stock + ((sizeIndex + metalIndex) % 3) }),
      };
    }),
  );
}

/**
 * The facts as attributes; a ring made in one metal also names it under "Metal" (unless a fact
 * already does), which is what files it under that metal in the storefront's filter.
 */
function demoAttributes(product: DemoProduct): Record<string, string> {
  const attributes = Object.fromEntries(product.facts);
  const named = product.facts.some(([label]) => label.startsWith('Meta'));
  if (!named && product.metals.length === 1) attributes['Metal'] = METALS[product.metals[0]].label;
  return attributes;
}

/** What the product page shows: only paragraphs and a list, every text escaped. */
export function demoDetailsHtml(product: DemoProduct): string {
  const metals = product.metals.map((metal) => METALS[metal].label).join(', ');
  const facts: (readonly [string, string])[] = [
    ...(product.facts.some(([label]) => label.startsWith('Meta'))
      ? []
      : [['Metal', metals] as const]),
    ...product.facts,
    ['Peso aproximado', `${String(product.grams).replace('.', ',')} g`],
  ];
  const items = facts
    .map(([label, value]) => `<li><strong>${escapeXml(label)}:</strong> ${escapeXml(value)}</li>`)
    .join('');
  return `<p>${escapeXml(product.intro)}</p><ul>${items}</ul><p>${escapeXml(CLOSING)}</p>`;
}

export interface DemoProductRefs {
  store: string;
  categoryId: string;
  tariffId: string;
}

export interface DemoProductImages {
  thumbnailUrls: string[];
  detailedImageUrls: string[];
  featuredImageUrls: string[];
}

/** The admin payload for a demo ring, validated by the same schema as an admin's form. */
export function demoProductBody(
  product: DemoProduct,
  refs: DemoProductRefs,
  images: DemoProductImages,
): AddProductBody {
  return addProductBodySchema.parse({
    store: refs.store,
    brand: product.brand,
    name: product.name,
    store_sku: product.sku,
    category: refs.categoryId,
    tariff: refs.tariffId,
    ...images,
    price: { amount: product.priceCents / 100, currency: 'EUR' },
    ...(product.markedPriceCents === undefined
      ? {}
      : { marked_price: { amount: product.markedPriceCents / 100, currency: 'EUR' } }),
    weight: { quantity: product.grams, unit: 'G' },
    customizationOptions: demoCustomizations(product),
    variants: demoVariants(product),
    custom_attributes: demoAttributes(product),
    details_html: demoDetailsHtml(product),
    active: product.active ?? true,
    ...(product.stock === undefined ? {} : { stock: product.stock }),
    ...(product.lowStockThreshold === undefined
      ? {}
      : { lowStockThreshold: product.lowStockThreshold }),
  });
}
