import { hostileOperator, ids } from '../../test/fixtures.js';
import { deleteFeaturedBodySchema, featuredUpsertBodySchema } from './featured.js';

const upsert = {
  name: 'homepage',
  content: [
    { products: [ids.product, ids.product2], config: { design_type: 'Stripe', name: 'D1' } },
    { products: [ids.product], config: { design_type: 'Canvas Left Cracked', name: 'D2' } },
  ],
};

describe('featured section contracts', () => {
  it('when the §10 featured upsert is parsed, then it passes', () => {
    expect(featuredUpsertBodySchema.parse(upsert)).toEqual(upsert);
  });

  it('when a design carries extra scalar settings, then they are kept', () => {
    const config = { design_type: 'Stripe', name: 'D1', background: '#fff', order: 2 };
    const parsed = featuredUpsertBodySchema.parse({
      name: 'homepage',
      content: [{ products: [ids.product], config }],
    });
    expect(parsed.content[0]?.config).toEqual(config);
  });

  it.each([
    [
      'a malformed product id',
      [{ products: ['5c8c…'], config: { design_type: 'Stripe', name: 'D1' } }],
    ],
    [
      'an operator setting',
      [
        {
          products: [ids.product],
          config: { design_type: 'Stripe', name: 'D1', x: hostileOperator },
        },
      ],
    ],
    [
      'an operator key',
      [{ products: [ids.product], config: { design_type: 'Stripe', name: 'D1', $where: 'x' } }],
    ],
    ['no design type', [{ products: [ids.product], config: { name: 'D1' } }]],
    ['no products', [{ products: [], config: { design_type: 'Stripe', name: 'D1' } }]],
  ])('when a section has %s, then it is refused', (_label, content) => {
    expect(featuredUpsertBodySchema.safeParse({ name: 'homepage', content }).success).toBe(false);
  });

  it('when deleting by an operator name, then it is refused', () => {
    expect(deleteFeaturedBodySchema.safeParse({ name: hostileOperator }).success).toBe(false);
    expect(deleteFeaturedBodySchema.parse({ name: 'homepage' })).toEqual({ name: 'homepage' });
  });
});
