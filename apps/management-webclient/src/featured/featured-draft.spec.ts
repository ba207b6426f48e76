import type { FeaturedProduct } from '@aneis/contracts';
import { newDesign, sectionProblems, sectionToBody } from './featured-draft.js';

const product = (id: string): FeaturedProduct => ({
  _id: id,
  name: `Anel ${id}`,
  brand: 'Aneis',
  store: 'Atelier',
  price: { amount: 10, currency: 'EUR' },
  thumbnailUrls: [],
  detailedImageUrls: [],
  featuredImageUrls: [],
});

describe('featured section draft', () => {
  it('when a design has too many or no products, then it is flagged by index', () => {
    const stripe = { ...newDesign('Stripe'), name: 'D1', products: [product('a'.repeat(24))] };
    const canvas = {
      ...newDesign('Canvas Left Cracked'),
      name: 'D2',
      products: [product('b'.repeat(24)), product('c'.repeat(24))],
    };
    const empty = { ...newDesign('Stripe'), name: '' };
    expect(sectionProblems({ name: 'homepage', designs: [stripe, canvas, empty] })).toEqual([
      { kind: 'designProducts', index: 1 },
      { kind: 'designName', index: 2 },
      { kind: 'designProducts', index: 2 },
    ]);
  });

  it('when saved, then products are sent as ids in the arranged order', () => {
    const design = {
      ...newDesign('Stripe'),
      name: ' D1 ',
      products: [product('b'.repeat(24)), product('a'.repeat(24))],
    };
    expect(sectionToBody({ name: 'homepage', designs: [design] })).toEqual({
      name: 'homepage',
      content: [
        {
          products: ['b'.repeat(24), 'a'.repeat(24)],
          config: { design_type: 'Stripe', name: 'D1' },
        },
      ],
    });
  });
});
