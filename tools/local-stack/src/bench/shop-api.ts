import type { Agent } from 'node:http';
import {
  choicesFor,
  CookieJar,
  DEMO_ADDRESS,
  DEMO_SHIPPING_METHOD,
  edgeRequest,
  waitForMailLink,
  type OrderableProduct,
} from '@aneis/e2e-support';
import { BASE_DOMAIN } from '../stack/stack-settings.js';

/** Where a running local stack answers, and where its servers write their mail. */
export interface ShopAddress {
  readonly edgePort: number;
  readonly outboxDir: string;
}

export interface ApiAnswer {
  readonly status: number;
  /** The envelope's `responseData` (or the whole body when there is no envelope). */
  readonly data: unknown;
  readonly text: string;
}

/**
 * One client's session with a server behind the edge router: the Host header a browser on
 * `*.localhost` sends, the storefront's origin, and the session cookie kept between calls.
 */
export class ApiSession {
  private readonly cookies = new CookieJar();

  constructor(
    private readonly shop: ShopAddress,
    private readonly host: 'shopping' | 'management',
    private readonly agent?: Agent,
  ) {}

  async send(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const { edgePort } = this.shop;
    const reply = await edgeRequest({
      edgePort,
      host: `${this.host}.${BASE_DOMAIN}:${edgePort}`,
      origin: `http://${BASE_DOMAIN}:${edgePort}`,
      method,
      path,
      body,
      cookies: this.cookies,
      ...(this.agent === undefined ? {} : { agent: this.agent }),
      timeoutMs: 30_000,
    });
    return { status: reply.status, data: envelopeData(reply.text), text: reply.text };
  }

  /** Sends and insists on a 2xx answer; returns its data. */
  async ok(method: string, path: string, body?: unknown): Promise<unknown> {
    const answer = await this.send(method, path, body);
    if (answer.status < 200 || answer.status > 299) {
      throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    }
    return answer.data;
  }
}

/** A signed-up, confirmed and logged-in customer with an address, ready to buy. */
export class Shopper {
  private constructor(
    readonly email: string,
    readonly session: ApiSession,
    private readonly addressId: string,
  ) {}

  /** Signs up only; resolves once the shop acknowledged the new account. */
  static async signUp(shop: ShopAddress, email: string, password: string): Promise<ApiSession> {
    const session = new ApiSession(shop, 'shopping');
    await session.ok('POST', '/security/signup', { email, password, name: 'Cliente Teste' });
    return session;
  }

  /** Signs up, confirms the e-mail through the outbox link, logs in, adds an address. */
  static async create(
    shop: ShopAddress,
    email: string,
    password: string,
    agent?: Agent,
  ): Promise<Shopper> {
    const session = new ApiSession(shop, 'shopping', agent);
    await session.ok('POST', '/security/signup', { email, password, name: 'Cliente Teste' });
    const link = await waitForMailLink(shop.outboxDir, email, 'confirm_account_customer');
    const token = /([0-9a-fA-F]{20,})\/?$/.exec(link)?.[1];
    if (!token) throw new Error(`no token at the end of the confirmation link ${link}`);
    await session.ok('GET', `/security/confirmEmailAddress/${token}`);
    await session.ok('POST', '/security/login', { email, password });
    const addresses = (await session.ok('POST', '/user/address', DEMO_ADDRESS)) as {
      _id: string;
    }[];
    const addressId = addresses[0]?._id;
    if (!addressId) throw new Error('adding the address answered no address');
    return new Shopper(email, session, addressId);
  }

  /** Cart, checkout, "cash on delivery": the order id once the shop answered it is placed. */
  async placeOrder(productId: string): Promise<string> {
    const product = (await this.session.ok(
      'GET',
      `/catalog/getProductDetails?productId=${encodeURIComponent(productId)}`,
    )) as OrderableProduct;
    await this.session.ok('POST', '/shopping/addToCart', [
      { product: productId, counts: 1, customizations: choicesFor(product) },
    ]);
    const checkout = (await this.session.ok('POST', '/orders/createCheckout', {
      addressId: this.addressId,
      shippingMethod: DEMO_SHIPPING_METHOD,
    })) as { _id: string };
    const placed = (await this.session.ok('POST', '/orders/completeCheckoutManually', {
      checkoutId: checkout._id,
      method: 'CASH_ON_DELIVERY',
    })) as { order_id: string };
    return placed.order_id;
  }
}

/**
 * Products that can be ordered any number of times: made to order, their stock not tracked
 * (the storefront's search leaves `stock` out for those), so a long run never sells out.
 */
export async function madeToOrderProducts(shop: ShopAddress): Promise<string[]> {
  const data = (await new ApiSession(shop, 'shopping').ok('POST', '/catalog/search', {
    pagingOptions: { page: 1, limit: 100 },
  })) as { docs: { _id: string; stock?: number }[] };
  const ids = data.docs.filter((doc) => doc.stock === undefined).map((doc) => doc._id);
  if (ids.length === 0) throw new Error('the catalogue has no made-to-order product to buy');
  return ids;
}

/** A logged-in management session. */
export async function adminSession(
  shop: ShopAddress,
  email: string,
  password: string,
): Promise<ApiSession> {
  const session = new ApiSession(shop, 'management');
  await session.ok('POST', '/security/login', { email, password });
  return session;
}

function envelopeData(text: string): unknown {
  try {
    const body = JSON.parse(text) as unknown;
    return body !== null && typeof body === 'object' && 'responseData' in body
      ? (body as { responseData: unknown }).responseData
      : body;
  } catch {
    return text;
  }
}
