import { Agent, request } from 'node:http';
import { waitForMailLink } from '@aneis/e2e-support';
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
  private cookie = '';

  constructor(
    private readonly shop: ShopAddress,
    private readonly host: 'shopping' | 'management',
    private readonly agent?: Agent,
  ) {}

  send(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const { edgePort } = this.shop;
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: edgePort,
          path,
          method,
          agent: this.agent ?? false,
          headers: {
            host: `${this.host}.${BASE_DOMAIN}:${edgePort}`,
            origin: `http://${BASE_DOMAIN}:${edgePort}`,
            accept: 'application/json',
            ...(payload ? { 'content-type': 'application/json' } : {}),
            ...(this.cookie ? { cookie: this.cookie } : {}),
          },
        },
        (res) => {
          const session = (res.headers['set-cookie'] ?? []).find((c) => c.includes('='));
          if (session) this.cookie = session.split(';')[0] ?? '';
          const chunks: Buffer[] = [];
          res.on('data', (part: Buffer) => chunks.push(part));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, data: envelopeData(text), text });
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error(`no answer to ${path} within 30 s`)));
      req.on('error', reject);
      req.end(payload);
    });
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

const ADDRESS = {
  firstName: 'Maria',
  lastName: 'Anéis',
  addressLine1: 'Rua das Flores 12',
  city: 'Porto',
  state: 'Porto',
  zipCode: '4050-262',
  country: 'Portugal',
  mobilePhone: '+351 912 345 678',
};
/** A seeded shipping method that serves Portugal. */
const SHIPPING_METHOD = 'ctt-standard';

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
    const addresses = (await session.ok('POST', '/user/address', ADDRESS)) as { _id: string }[];
    const addressId = addresses[0]?._id;
    if (!addressId) throw new Error('adding the address answered no address');
    return new Shopper(email, session, addressId);
  }

  /** Cart, checkout, "cash on delivery": the order id once the shop answered it is placed. */
  async placeOrder(productId: string): Promise<string> {
    await this.session.ok('POST', '/shopping/addToCart', [{ product: productId, counts: 1 }]);
    const checkout = (await this.session.ok('POST', '/orders/createCheckout', {
      addressId: this.addressId,
      shippingMethod: SHIPPING_METHOD,
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
