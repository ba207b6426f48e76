import { createServer } from 'node:http';
import { listen, readBody } from '@aneis/testing';

// Stripe's stand-in is shared with the management server's refund tests.
export { startStripeStandIn, type StandInIntent, type StandInRefund } from '@aneis/testing';

/** A local stand-in for Khalti's verify endpoint. */
export async function startKhaltiStandIn(secretKey: string) {
  const tokens = new Map<string, { amount: number; idx: string }>();
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Key ${secretKey}`) {
      reply(401, { detail: 'Invalid token.' });
      return;
    }
    const body = JSON.parse(await readBody(req)) as { token?: string; amount?: number };
    const known = body.token ? tokens.get(body.token) : undefined;
    if (!known || known.amount !== body.amount) {
      reply(400, { detail: 'Invalid token or amount.' });
      return;
    }
    reply(200, { idx: known.idx, amount: known.amount, state: { name: 'Completed' } });
  });
  const url = await listen(server);
  return {
    verifyUrl: `${url}/api/v2/payment/verify/`,
    /** What the Khalti widget does: the shopper paid `amount` paisa and got `token`. */
    pay(token: string, amount: number) {
      tokens.set(token, { amount, idx: `idx_${token}` });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
