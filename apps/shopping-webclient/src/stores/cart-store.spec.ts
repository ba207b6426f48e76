import { createPinia, setActivePinia } from 'pinia';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { cartLine, cartOf, ids } from '../../test/sample-data.js';
import { useCartStore } from './cart-store.js';

describe('cart store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('when the cart loads, then lines and the item count come from the server', async () => {
    installFakeShopServer({
      'GET /shopping/getCart': () => ({
        data: cartOf(cartLine({ counts: 2 }), cartLine({ _id: ids.otherLine, counts: 1 })),
      }),
    });
    const cart = useCartStore();

    await cart.load();

    expect(cart.lines).toHaveLength(2);
    expect(cart.itemCount).toBe(3);
    expect(cart.isEmpty).toBe(false);
  });

  it('when a product is added, then one array entry is sent with its customizations', async () => {
    const { calls } = installFakeShopServer({
      'POST /shopping/addToCart': () => ({ data: cartOf(cartLine()) }),
    });
    const cart = useCartStore();

    await cart.add({ product: ids.product, counts: 1, customizations: { Size: '12' } });

    expect(calls[0]?.body).toEqual([
      { product: ids.product, counts: 1, customizations: { Size: '12' } },
    ]);
    expect(cart.itemCount).toBe(1);
  });

  it('when a count changes, then every line is sent back with only that count changed', async () => {
    const { calls } = installFakeShopServer({
      'GET /shopping/getCart': () => ({
        data: cartOf(cartLine(), cartLine({ _id: ids.otherLine, counts: 4 })),
      }),
      'PUT /shopping/updateCart': () => ({ data: cartOf(cartLine({ counts: 3 })) }),
    });
    const cart = useCartStore();
    await cart.load();

    await cart.setCount(ids.line, 3);

    expect(calls[1]?.body).toEqual({
      cartItems: [
        { _id: ids.line, product: ids.product, counts: 3, customizations: { Size: '12' } },
        { _id: ids.otherLine, product: ids.product, counts: 4, customizations: { Size: '12' } },
      ],
    });
    expect(cart.itemCount).toBe(3);
  });

  it('when a line is removed, then its id is sent and the repriced cart replaces the old one', async () => {
    const { calls } = installFakeShopServer({
      'GET /shopping/getCart': () => ({ data: cartOf(cartLine()) }),
      'DELETE /shopping/deleteFromCart': () => ({ data: cartOf() }),
    });
    const cart = useCartStore();
    await cart.load();

    await cart.remove(ids.line);

    expect(calls[1]?.body).toEqual({ cartItemIds: [ids.line] });
    expect(cart.isEmpty).toBe(true);
  });

  it('when the server refuses, then the error carries its message and the cart is kept', async () => {
    installFakeShopServer({
      'GET /shopping/getCart': () => ({ data: cartOf(cartLine()) }),
      'PUT /shopping/updateCart': () => ({ error: 'only 2 left of Solitário Aurora' }),
    });
    const cart = useCartStore();
    await cart.load();

    await expect(cart.setCount(ids.line, 5)).rejects.toMatchObject({
      errorDetails: 'only 2 left of Solitário Aurora',
    });
    expect(cart.itemCount).toBe(1);
    expect(cart.busy).toBe(false);
  });
});
