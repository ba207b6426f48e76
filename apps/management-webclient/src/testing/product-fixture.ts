import type { ProductDetail } from '@aneis/contracts';
import { auditBy } from './order-fixture.js';

export const productId = 'd0000000000000000000000d';
const host = 'http://management.test/images/p1';

export function productFixture(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    _id: productId,
    store: 'Atelier',
    brand: 'Aneis',
    name: 'Anel de prata',
    store_sku: 'AN-1',
    category: { _id: 'e0000000000000000000000e', category: 'Anéis', subcategory: 'Prata' },
    tariff: { _id: 'f0000000000000000000000f', name: 'Joalharia', rates: { PT: 0 } },
    thumbnailUrls: [`${host}/thumbnails/a`, `${host}/thumbnails/b`],
    detailedImageUrls: [`${host}/detailed-images/a`, `${host}/detailed-images/b`],
    featuredImageUrls: [],
    price: { amount: 49.9, currency: 'EUR' },
    weight: { quantity: 4.5, unit: 'G' },
    details_html: '<p>Prata 925</p>',
    active: true,
    stock: 3,
    lowStockThreshold: 1,
    auditLog: auditBy('boss@aneis.pt'),
    ...overrides,
  };
}

export const catalogueBundle = {
  stores: ['Atelier'],
  product_categories: [
    { _id: 'e0000000000000000000000e', category: 'Anéis', subcategory: 'Prata' },
  ],
  weight_units: ['G'],
  tariff_categories: [{ _id: 'f0000000000000000000000f', name: 'Joalharia' }],
};
