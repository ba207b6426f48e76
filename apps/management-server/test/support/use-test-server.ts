import { useTestDatabase, type TestDatabase } from '@aneis/data/testing';
import { startStripeStandIn } from '@aneis/testing';
import { startTestServer, type TestServer } from './test-server.js';

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;

type Env = Record<string, string>;

/**
 * Gives `target` what was started (its getters too), so a const taken at the top of a test file
 * is the running thing inside that file's hooks and tests.
 */
function fillIn<T extends object>(target: T, started: T): void {
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(started));
}

/**
 * The management server a test file's tests share: started on the file's own database (or `db`)
 * before the first test, closed after the last. `env` may be a function, read at start, when it
 * names something started just before (a stand-in's URL).
 */
export function useTestServer(options: { env?: Env | (() => Env); db?: TestDatabase } = {}) {
  const db = options.db ?? useTestDatabase();
  const server = {} as TestServer;
  beforeAll(async () => {
    const env = typeof options.env === 'function' ? options.env() : options.env;
    fillIn(server, await startTestServer(db, env));
  });
  afterAll(async () => {
    await server.close?.();
  });
  return server;
}

/** A Stripe stand-in for the test file, and a shared server that charges and refunds through it. */
export function useTestServerWithStripe(secretKey: string, options: { db?: TestDatabase } = {}) {
  const stripe = {} as StripeStandIn;
  beforeAll(async () => fillIn(stripe, await startStripeStandIn(secretKey)));
  afterAll(async () => {
    await stripe.close?.();
  });
  const server = useTestServer({
    ...options,
    env: () => ({ STRIPE_SECRET_KEY: secretKey, STRIPE_API_BASE: stripe.url }),
  });
  return { server, stripe };
}
