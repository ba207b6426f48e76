import { hostileOperator, ids, usd } from '../../test/fixtures.js';
import { cartSchema } from '../model/cart.js';
import {
  MAX_LINE_COUNT,
  addToCartBodySchema,
  deleteFromCartBodySchema,
  updateCartBodySchema,
} from './cart.js';

describe('cart contracts', () => {
  it('when the §10 addToCart array is parsed, then it passes', () => {
    const body = [
      { product: ids.product, counts: 2, customizations: { Size: '10', color: 'Black|#000000' } },
    ];
    expect(addToCartBodySchema.parse(body)).toEqual(body);
  });

  it('when counts is missing, then it defaults to 1', () => {
    expect(addToCartBodySchema.parse([{ product: ids.product }])).toEqual([
      { product: ids.product, counts: 1 },
    ]);
  });

  it.each([0, -1, 1.5, MAX_LINE_COUNT + 1, '2', hostileOperator, Number.NaN])(
    'when counts is %j, then the line is refused',
    (counts) => {
      expect(addToCartBodySchema.safeParse([{ product: ids.product, counts }]).success).toBe(false);
      const update = { cartItems: [{ _id: ids.cartLine, product: ids.product, counts }] };
      expect(updateCartBodySchema.safeParse(update).success).toBe(false);
    },
  );

  it('when addToCart gets no array, then the message is Veniqa’s "No items to add"', () => {
    for (const body of [{}, [], { product: ids.product }]) {
      const result = addToCartBodySchema.safeParse(body);
      expect(result.error?.issues[0]?.message).toBe('No items to add');
    }
  });

  it.each([
    ['an operator product', [{ product: hostileOperator }]],
    ['an operator customization key', [{ product: ids.product, customizations: { $set: 'x' } }]],
    ['an object customization value', [{ product: ids.product, customizations: { a: {} } }]],
    ['too many lines', Array.from({ length: 51 }, () => ({ product: ids.product }))],
  ])('when addToCart has %s, then it is refused', (_label, body) => {
    expect(addToCartBodySchema.safeParse(body).success).toBe(false);
  });

  it('when addToCart sends a price, then it is stripped (prices come from the catalogue)', () => {
    expect(addToCartBodySchema.parse([{ product: ids.product, price: 0 }])).toEqual([
      { product: ids.product, counts: 1 },
    ]);
  });

  it("when Veniqa's login merge sends customizations null or blank choices, then nothing is chosen", () => {
    expect(
      addToCartBodySchema.parse([{ product: ids.product, counts: 1, customizations: null }]),
    ).toEqual([{ product: ids.product, counts: 1 }]);
    expect(
      addToCartBodySchema.parse([
        { product: ids.product, customizations: { size: 'M', colour: '' } },
      ])[0]?.customizations,
    ).toEqual({ size: 'M' });
  });

  it('when the §10 updateCart request echoes aggregates, then they are stripped', () => {
    const line = {
      _id: ids.cartLine,
      product: ids.product,
      counts: 3,
      customizations: { Size: '10' },
    };
    const parsed = updateCartBodySchema.parse({
      cartItems: [{ ...line, aggregatedPrice: usd(1) }],
    });
    expect(parsed).toEqual({ cartItems: [line] });
  });

  it('when the §10 deleteFromCart request is parsed, then it passes; bad ids are refused', () => {
    expect(deleteFromCartBodySchema.parse({ cartItemIds: [ids.cartLine] })).toEqual({
      cartItemIds: [ids.cartLine],
    });
    expect(deleteFromCartBodySchema.safeParse({ cartItemIds: [] }).success).toBe(false);
    expect(deleteFromCartBodySchema.safeParse({ cartItemIds: hostileOperator }).success).toBe(
      false,
    );
  });

  it('when the §10 cart response is parsed, then it passes', () => {
    const cart = {
      items: [
        {
          _id: ids.cartLine,
          product: {
            _id: ids.product,
            name: 'Ring',
            brand: 'Aneis',
            store: 'AMAZON',
            weight: { quantity: 3.2, unit: 'LB' },
            price: usd(27.99),
            thumbnailUrls: ['https://example.com/t.png'],
          },
          counts: 2,
          aggregatedWeight: { quantity: 6.4, unit: 'LB' },
          aggregatedPrice: usd(55.98),
          customizations: { Size: '10' },
        },
      ],
      totalWeight: { quantity: 6.4, unit: 'LB' },
      subTotalPrice: usd(55.98),
    };
    expect(cartSchema.parse(cart)).toEqual(cart);
  });
});
