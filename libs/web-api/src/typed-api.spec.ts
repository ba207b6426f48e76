import type { Cart, ProductDetail } from '@aneis/contracts';
import { createHttpClient, type HttpRequest } from './http-client.js';
import { createShoppingApi } from './shopping-api.js';
import { fillPathParams } from './typed-api.js';

describe('createShoppingApi', () => {
  function recordingApi(responseData: unknown) {
    const seen: { url: string; method: string | undefined; body: unknown }[] = [];
    const http = createHttpClient({
      baseUrl: 'http://shop.test',
      fetch: async (input, init) => {
        seen.push({
          url: String(input),
          method: init?.method,
          body: init?.body ? JSON.parse(String(init.body)) : undefined,
        });
        return new Response(
          JSON.stringify({ httpStatus: 200, status: 'successful', responseData }),
          { status: 200 },
        );
      },
    });
    return { api: createShoppingApi(http), seen };
  }

  it('when a route has a path parameter, then it is filled in and encoded', async () => {
    const { api, seen } = recordingApi(true);
    const token = 'a'.repeat(40);

    await api.call('GET /security/confirmEmailAddress/:token', { params: { token } });

    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: `http://shop.test/security/confirmEmailAddress/${token}`,
    });
  });

  it('when a route takes a query and a body, then both are sent and the result is typed', async () => {
    const { api, seen } = recordingApi({ items: [] });

    const product = await api.call('GET /catalog/getProductDetails', {
      query: { productId: 'f'.repeat(24) },
    });
    const cart = await api.call('DELETE /shopping/deleteFromCart', {
      body: { cartItemIds: ['e'.repeat(24)] },
    });

    expectTypeOf(product).toEqualTypeOf<ProductDetail>();
    expectTypeOf(cart).toEqualTypeOf<Cart>();
    expect(seen.map((s) => s.url)).toEqual([
      `http://shop.test/catalog/getProductDetails?productId=${'f'.repeat(24)}`,
      'http://shop.test/shopping/deleteFromCart',
    ]);
    expect(seen[1]?.body).toEqual({ cartItemIds: ['e'.repeat(24)] });
  });

  it('when a route takes nothing, then it can be called without arguments', async () => {
    const { api } = recordingApi([]);
    await expect(api.call('GET /ui/productCategoryList')).resolves.toEqual([]);
    // Retired routes are not callable at all.
    // @ts-expect-error completeCheckout is gone
    expect(() => api.call('POST /orders/completeCheckout' satisfies string)).toBeDefined();
  });
});

describe('fillPathParams', () => {
  it('when a parameter is missing, then it throws instead of calling a wrong URL', () => {
    expect(() => fillPathParams('/a/:token', {})).toThrow(RangeError);
  });

  it('when a value has reserved characters, then it is encoded', () => {
    expect(fillPathParams('/a/:id', { id: 'x/y' })).toBe('/a/x%2Fy');
  });
});

// Keeps the HttpRequest type in the public surface checked by the compiler.
export type _Request = HttpRequest;
