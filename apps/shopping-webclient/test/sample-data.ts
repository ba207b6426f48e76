import type { Cart, CartLine, Category } from '@aneis/contracts';

export const ids = {
  product: 'a'.repeat(24),
  otherProduct: 'b'.repeat(24),
  line: 'c'.repeat(24),
  otherLine: 'd'.repeat(24),
};

export function cartLine(overrides: Partial<CartLine> = {}): CartLine {
  return {
    _id: ids.line,
    product: {
      _id: ids.product,
      name: 'Solitário Aurora',
      brand: 'Atelier',
      store: 'ANEIS',
      weight: { quantity: 0.01, unit: 'KG' },
      price: { amount: 120, currency: 'EUR' },
      thumbnailUrls: ['/images/aurora.svg'],
    },
    counts: 1,
    aggregatedWeight: { quantity: 0.01, unit: 'KG' },
    aggregatedPrice: { amount: 120, currency: 'EUR' },
    customizations: { Size: '12' },
    ...overrides,
  };
}

export function cartOf(...items: CartLine[]): Cart {
  const total = items.reduce((sum, line) => sum + line.aggregatedPrice.amount, 0);
  return {
    items,
    totalWeight: { quantity: 0, unit: 'KG' },
    subTotalPrice: { amount: total, currency: 'EUR' },
  };
}

export const categories: Category[] = [
  { _id: '1'.repeat(24), category: 'Noivado', subcategory: 'Solitários' },
  { _id: '2'.repeat(24), category: 'Noivado', subcategory: 'Meia-aliança' },
  { _id: '3'.repeat(24), category: 'Alianças', subcategory: 'Ouro' },
];
