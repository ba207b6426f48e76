import type { Gem, Metal } from './illustration/ring-materials.js';
import type { RingLook } from './illustration/ring-illustration.js';
import type { RingCategory } from './ring-categories.js';

/** Tariffs of the reference defaults the demo rings are filed under. */
export type DemoTariff = 'Jewellery' | 'No Tariff';

/** One ring of the demo catalogue, as a shop owner would describe it. */
export interface DemoProduct {
  /** The stable key: a product with this store SKU is never created twice. */
  readonly sku: string;
  readonly name: string;
  readonly brand: string;
  readonly category: RingCategory;
  readonly tariff: DemoTariff;
  readonly priceCents: number;
  /** A crossed-out "was" price. */
  readonly markedPriceCents?: number;
  readonly grams: number;
  /** The metals it is made in; the first is the one pictured. Two or more become a choice. */
  readonly metals: readonly [Metal, ...Metal[]];
  /** Centre stones a shopper may pick from (two or more become a colour choice). */
  readonly stoneChoices?: readonly Gem[];
  /** Where a free engraving goes, if the ring takes one. */
  readonly engraving?: 'inside' | 'face';
  /** Units on hand; absent means made to order (not tracked). */
  readonly stock?: number;
  readonly lowStockThreshold?: number;
  /** Defaults to true; a draft is false. */
  readonly active?: boolean;
  readonly look: Omit<RingLook, 'metal'>;
  /** One paragraph of plain text. */
  readonly intro: string;
  /** Label → value, shown as a list and stored as custom attributes. */
  readonly facts: readonly (readonly [string, string])[];
}
