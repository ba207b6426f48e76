import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Intent {
  id: string;
  object: 'payment_intent';
  status: string;
  amount: number;
  currency: string;
  client_secret: string;
  metadata: Record<string, string>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Stripe's PaymentIntents endpoints as the shopping server's official client calls them, on a
 * local port: the card step of Veniqa's checkout (S25, S26) needs a provider, and `succeed` is
 * what Stripe.js's confirmCardPayment does in the shopper's browser.
 */
export async function startStripeStandIn(secretKey: string) {
  const intents = new Map<string, Intent>();
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': 'req_compat' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      reply(401, { error: { type: 'authentication_error', message: 'Invalid API Key' } });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const form = new URLSearchParams(req.method === 'POST' ? await readBody(req) : '');
    if (req.method === 'POST' && url.pathname === '/v1/payment_intents') {
      const metadata: Record<string, string> = {};
      for (const [field, value] of form) {
        const match = /^metadata\[(.+)\]$/.exec(field);
        if (match?.[1]) metadata[match[1]] = value;
      }
      const id = `pi_compat_${intents.size + 1}`;
      const intent: Intent = {
        id,
        object: 'payment_intent',
        status: 'requires_payment_method',
        amount: Number(form.get('amount')),
        currency: form.get('currency') ?? '',
        client_secret: `${id}_secret_compat`,
        metadata,
      };
      intents.set(id, intent);
      reply(200, intent);
      return;
    }
    const found = /^\/v1\/payment_intents\/([^/]+)$/.exec(url.pathname);
    const intent = found?.[1] ? intents.get(decodeURIComponent(found[1])) : undefined;
    if (req.method === 'GET' && intent) {
      reply(200, intent);
      return;
    }
    reply(404, { error: { type: 'invalid_request_error', message: 'No such resource' } });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The intent whose client secret this is, marked paid (the shopper confirmed the card). */
    succeed(clientSecret: string): string {
      const intent = [...intents.values()].find((i) => i.client_secret === clientSecret);
      if (!intent) throw new Error(`no intent with client secret ${clientSecret}`);
      intent.status = 'succeeded';
      return intent.id;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
