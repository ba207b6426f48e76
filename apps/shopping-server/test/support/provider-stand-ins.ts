import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface StandInIntent {
  id: string;
  status: string;
  amount: number;
  currency: string;
  client_secret: string;
  metadata: Record<string, string>;
}

/** A local stand-in for Stripe's PaymentIntents endpoints (form bodies, Bearer key). */
export async function startStripeStandIn(secretKey: string) {
  const intents = new Map<string, StandInIntent>();
  let counter = 0;
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      reply(401, { error: { message: 'Invalid API Key provided' } });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (req.method === 'POST' && url.pathname === '/v1/payment_intents') {
      const form = new URLSearchParams(await readBody(req));
      const metadata: Record<string, string> = {};
      for (const [key, value] of form) {
        const match = /^metadata\[(.+)\]$/.exec(key);
        if (match?.[1]) metadata[match[1]] = value;
      }
      counter += 1;
      const id = `pi_test_${counter}`;
      const intent: StandInIntent = {
        id,
        status: 'requires_payment_method',
        amount: Number(form.get('amount')),
        currency: form.get('currency') ?? '',
        client_secret: `${id}_secret_abc`,
        metadata,
      };
      intents.set(id, intent);
      reply(200, intent);
      return;
    }
    const match = /^\/v1\/payment_intents\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && match?.[1]) {
      const intent = intents.get(decodeURIComponent(match[1]));
      if (intent) reply(200, intent);
      else reply(404, { error: { message: `No such payment_intent: '${match[1]}'` } });
      return;
    }
    reply(404, { error: { message: 'Unrecognized request URL' } });
  });
  const url = await listen(server);
  return {
    url,
    intents,
    /** What Stripe.js' confirmCardPayment does on the shopper's side. */
    succeed(id: string) {
      const intent = intents.get(id);
      if (intent) intent.status = 'succeeded';
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

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
