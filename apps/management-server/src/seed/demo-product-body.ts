import {
  addProductBodySchema,
  type AddProductBody,
  type CustomizationOptions,
} from '@aneis/contracts';
import { escapeXml } from './illustration/svg-markup.js';
import { GEMS, METALS } from './illustration/ring-materials.js';
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
    values: ['Sem gravação', 'Com gravação (texto combinado por e-mail)'],
  },
  face: {
    name: 'Gravação da mesa',
    values: ['Mesa lisa', 'Gravada (desenho combinado por e-mail)'],
  },
} as const;

const CLOSING =
  'Feito à mão na nossa oficina do Porto. Inclui estojo, certificado de garantia e um ajuste de ' +
  'tamanho gratuito nos primeiros 30 dias.';

/** The choices a shopper makes: size always, then metal, stone and engraving when offered. */
export function demoCustomizations(product: DemoProduct): CustomizationOptions {
  const customizations: CustomizationOptions['customizations'] = [
    { type: 'Array', name: 'Tamanho (EU)', key: 'tamanho', values: ringSizes(product) },
  ];
  if (product.metals.length > 1) {
    customizations.push({
      type: 'Array',
      name: 'Metal',
      key: 'metal',
      values: product.metals.map((metal) => METALS[metal].label),
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
    });
  }
  if (product.engraving) {
    const engraving = ENGRAVING[product.engraving];
    customizations.push({
      type: 'Toggle',
      name: engraving.name,
      key: 'gravacao',
      values: [...engraving.values],
    });
  }
  return { customizations };
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
    custom_attributes: demoAttributes(product),
    details_html: demoDetailsHtml(product),
    active: product.active ?? true,
    ...(product.stock === undefined ? {} : { stock: product.stock }),
    ...(product.lowStockThreshold === undefined
      ? {}
      : { lowStockThreshold: product.lowStockThreshold }),
  });
}
