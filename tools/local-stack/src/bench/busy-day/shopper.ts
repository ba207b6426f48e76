import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_ADDRESS, DEMO_SHIPPING_METHOD } from '@aneis/e2e-support';
import type { CataloguePlan } from './catalogue-plan.js';
import type { OutboxWatcher } from './outbox-watcher.js';
import type { ShopperClient } from './shopper-client.js';

export interface CrowdSettings {
  readonly plan: CataloguePlan;
  readonly outbox: OutboxWatcher;
  /** `performance.now()` after which no shopper starts another request. */
  readonly deadline: number;
  /** Pause between two requests of one shopper ("reading the page"), in ms. */
  readonly thinkMs: readonly [number, number];
}

export interface Shopper {
  readonly index: number;
  readonly client: ShopperClient;
  /** Buyers sign up, log in and check out; the others only browse. */
  readonly buyer: boolean;
  /** Their arrival, ms after the start (shoppers arrive over the first part of the day). */
  readonly arrivesAfterMs: number;
}

/** Where a buyer is on the way to their first order; a failed step is tried again later. */
interface Account {
  readonly email: string;
  readonly password: string;
  stage: 'signup' | 'confirm' | 'login' | 'address' | 'ready';
  addressId: string;
  /** Seen the star ring sold out: buys something else from then on. */
  popularGone: boolean;
}

/** One shopper's pace: `pause()` reads the page and says whether the day is still on. */
interface Visit {
  readonly shopper: Shopper;
  readonly crowd: CrowdSettings;
  readonly pause: () => Promise<boolean>;
  /** Reads the page whatever the time: a buyer with a full cart pays even as the day ends. */
  readonly think: () => Promise<void>;
}

/**
 * One shopper's day: browse (home, categories, a search, a product page) until the day ends; a
 * buyer also signs up, confirms the e-mail from the outbox, logs in, adds an address and then
 * keeps buying, half the time the home page's star ring until it is sold out.
 */
export async function runShopper(shopper: Shopper, crowd: CrowdSettings): Promise<void> {
  const [min, max] = crowd.thinkMs;
  const visit: Visit = {
    shopper,
    crowd,
    pause: async () => {
      const left = crowd.deadline - performance.now();
      await sleep(Math.max(0, Math.min(left, min + Math.random() * (max - min))));
      return performance.now() < crowd.deadline;
    },
    think: () => sleep(min + Math.random() * (max - min)),
  };
  const account: Account = {
    email: `shopper${shopper.index}@busy-day.example`,
    password: `busy-day-${shopper.index}-pass`,
    stage: 'signup',
    addressId: '',
    popularGone: false,
  };
  await sleep(shopper.arrivesAfterMs);
  while (performance.now() < crowd.deadline) {
    if (!(await browse(visit))) break;
    if (!shopper.buyer) continue;
    if (account.stage !== 'ready' && !(await register(visit, account))) continue;
    await buy(visit, account);
  }
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

async function browse({ shopper: { client }, crowd, pause }: Visit): Promise<boolean> {
  await client.call('GET /ui/featured', '/ui/featured?name=homepage');
  if (!(await pause())) return false;
  await client.call('GET /ui/productCategoryList', '/ui/productCategoryList');
  if (!(await pause())) return false;
  await client.call('POST /catalog/search', '/catalog/search', {
    searchTerm: pick(crowd.plan.searchTerms),
    pagingOptions: { page: 1, limit: 12 },
  });
  if (!(await pause())) return false;
  const productId = pick(crowd.plan.products)._id;
  await client.call(
    'GET /catalog/getProductDetails',
    `/catalog/getProductDetails?productId=${productId}`,
  );
  return pause();
}

/** Signs up, confirms, logs in and adds an address in one go; false when a step failed. */
async function register(visit: Visit, account: Account): Promise<boolean> {
  const { client, index } = visit.shopper;
  const { email, password } = account;
  if (account.stage === 'signup') {
    const reply = await client.call('POST /security/signup', '/security/signup', {
      email,
      password,
      name: `Shopper ${index}`,
    });
    // 409: an earlier attempt went through although its answer was lost.
    if (reply.outcome !== 'ok' && reply.status !== 409) return false;
    account.stage = 'confirm';
    if (!(await visit.pause())) return false;
  }
  if (account.stage === 'confirm') {
    const token = (await visit.crowd.outbox.waitForLink(email, 15_000))?.split('/').pop();
    if (!token) return false;
    const reply = await client.call(
      'GET /security/confirmEmailAddress/:token',
      `/security/confirmEmailAddress/${token}`,
    );
    // 404: an earlier confirmation went through although its answer was lost.
    if (reply.outcome !== 'ok' && reply.status !== 404) return false;
    account.stage = 'login';
    if (!(await visit.pause())) return false;
  }
  if (account.stage === 'login') {
    const reply = await client.call('POST /security/login', '/security/login', { email, password });
    if (reply.outcome !== 'ok') return false;
    account.stage = 'address';
    if (!(await visit.pause())) return false;
  }
  const reply = await client.call('POST /user/address', '/user/address', DEMO_ADDRESS);
  const saved = (reply.data as { _id: string }[] | undefined)?.at(-1);
  if (!saved) return false;
  account.addressId = saved._id;
  account.stage = 'ready';
  return visit.pause();
}

/**
 * Cart, checkout, cash on delivery; on a sold-out answer the line leaves the cart. Started, a
 * purchase is finished even after the day's end (a shop does not turn away a customer at the
 * till): otherwise the ~40 s a buyer needs to browse, sign up and reach the till would leave
 * most of a 60 s day's purchases cut off unfinished, and the bench would count no orders.
 */
async function buy({ shopper: { client }, crowd, think }: Visit, account: Account): Promise<void> {
  const { popular } = crowd.plan;
  const wanted = !account.popularGone && Math.random() < 0.5 ? popular : pick(crowd.plan.evergreen);
  const added = await client.call('POST /shopping/addToCart', '/shopping/addToCart', [
    { product: wanted._id, counts: 1, customizations: wanted.choices },
  ]);
  if (added.outcome !== 'ok') return;
  await think();
  const checkout = await client.call('POST /orders/createCheckout', '/orders/createCheckout', {
    addressId: account.addressId,
    shippingMethod: DEMO_SHIPPING_METHOD,
  });
  const checkoutId = (checkout.data as { _id?: string } | undefined)?._id;
  let outcome = checkout.outcome;
  if (outcome === 'ok' && checkoutId) {
    await think();
    outcome = (
      await client.call(
        'POST /orders/completeCheckoutManually',
        '/orders/completeCheckoutManually',
        {
          checkoutId,
          method: 'CASH_ON_DELIVERY',
        },
      )
    ).outcome;
  }
  if (outcome !== 'sold-out') return;
  // As the storefront asks: take the sold-out ring out of the cart and buy something else later.
  account.popularGone = true;
  const lines = (added.data as { items?: { _id: string; product: { _id: string } }[] })?.items;
  const gone = (lines ?? []).filter((line) => line.product._id === popular._id);
  if (gone.length > 0) {
    await client.call('DELETE /shopping/deleteFromCart', '/shopping/deleteFromCart', {
      cartItemIds: gone.map((line) => line._id),
    });
  }
}
