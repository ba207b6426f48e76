import { createServer } from 'node:http';
import { listen, readBody } from './stand-in-server.js';

export interface StandInIntent {
  id: string;
  object: 'payment_intent';
  status: string;
  amount: number;
  currency: string;
  client_secret: string;
  metadata: Record<string, string>;
}

export interface StandInRefund {
  id: string;
  object: 'refund';
  payment_intent: string;
  amount: number;
  status: 'succeeded';
  metadata: Record<string, string>;
}

function formMetadata(form: URLSearchParams): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [field, value] of form) {
    const match = /^metadata\[(.+)\]$/.exec(field);
    if (match?.[1]) metadata[match[1]] = value;
  }
  return metadata;
}

/**
 * A local stand-in for Stripe's PaymentIntents and Refunds endpoints as the official client
 * calls them (form bodies, Bearer key, Idempotency-Key replayed like Stripe does: the same key
 * with the same parameters answers the first response again; with other parameters, 400).
 */
export async function startStripeStandIn(secretKey: string) {
  const intents = new Map<string, StandInIntent>();
  const refunds: StandInRefund[] = [];
  const idempotent = new Map<string, { body: string; status: number; answer: unknown }>();
  const failures = { refunds: false, refuseRefunds: false };
  let counter = 0;
  let refundCalls = 0;
  const newIntent = (
    status: string,
    amount: number,
    rest: Pick<StandInIntent, 'currency' | 'metadata'>,
  ): StandInIntent => {
    counter += 1;
    const id = `pi_test_${counter}`;
    const intent: StandInIntent = {
      id,
      object: 'payment_intent',
      status,
      amount,
      client_secret: `${id}_secret_abc`,
      ...rest,
    };
    intents.set(id, intent);
    return intent;
  };
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': 'req_standin' });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, message: string, type = 'invalid_request_error') =>
      reply(status, { error: { type, message } });
    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      fail(401, 'Invalid API Key provided', 'authentication_error');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const body = req.method === 'POST' ? await readBody(req) : '';
    const form = new URLSearchParams(body);
    if (url.pathname === '/v1/refunds') refundCalls += 1;
    const key = req.headers['idempotency-key'];
    const replayKey = typeof key === 'string' ? `${url.pathname} ${key}` : undefined;
    if (replayKey !== undefined) {
      const seen = idempotent.get(replayKey);
      if (seen && seen.body !== body) {
        fail(
          400,
          'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          'idempotency_error',
        );
        return;
      }
      if (seen) {
        reply(seen.status, seen.answer);
        return;
      }
    }
    const answer = (status: number, payload: unknown) => {
      if (replayKey !== undefined) idempotent.set(replayKey, { body, status, answer: payload });
      reply(status, payload);
    };

    if (req.method === 'POST' && url.pathname === '/v1/payment_intents') {
      const intent = newIntent('requires_payment_method', Number(form.get('amount')), {
        currency: form.get('currency') ?? '',
        metadata: formMetadata(form),
      });
      answer(200, intent);
      return;
    }
    const intentPath = /^\/v1\/payment_intents\/([^/]+)(\/cancel)?$/.exec(url.pathname);
    const intent = intentPath?.[1] ? intents.get(decodeURIComponent(intentPath[1])) : undefined;
    if (intentPath?.[1] && !intent) {
      fail(404, `No such payment_intent: '${intentPath[1]}'`);
      return;
    }
    if (req.method === 'GET' && intent && !intentPath?.[2]) {
      reply(200, intent);
      return;
    }
    if (req.method === 'POST' && intent && intentPath?.[2]) {
      if (intent.status === 'succeeded' || intent.status === 'canceled') {
        fail(
          400,
          `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
        );
        return;
      }
      intent.status = 'canceled';
      answer(200, intent);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/v1/refunds') {
      if (failures.refunds) {
        fail(500, 'An unknown error occurred', 'api_error');
        return;
      }
      if (failures.refuseRefunds) {
        fail(400, 'This charge cannot be refunded right now.');
        return;
      }
      const paid = intents.get(form.get('payment_intent') ?? '');
      if (!paid || paid.status !== 'succeeded') {
        fail(400, 'This PaymentIntent does not have a successful charge to refund.');
        return;
      }
      // As Stripe: no amount refunds what is left; partial refunds add up to the charge at most.
      const given = refunds
        .filter((refund) => refund.payment_intent === paid.id)
        .reduce((sum, refund) => sum + refund.amount, 0);
      const asked = form.has('amount') ? Number(form.get('amount')) : paid.amount - given;
      if (given >= paid.amount) {
        fail(400, `Charge for ${paid.id} has already been refunded.`);
        return;
      }
      if (!Number.isInteger(asked) || asked <= 0 || asked > paid.amount - given) {
        fail(400, `Refund amount (${asked}) is greater than unrefunded amount on charge.`);
        return;
      }
      const refund: StandInRefund = {
        id: `re_test_${refunds.length + 1}`,
        object: 'refund',
        payment_intent: paid.id,
        amount: asked,
        status: 'succeeded',
        metadata: formMetadata(form),
      };
      refunds.push(refund);
      answer(200, refund);
      return;
    }
    fail(404, 'Unrecognized request URL');
  });
  const url = await listen(server);
  return {
    url,
    intents,
    refunds,
    /**
     * Set `refunds` to make Stripe fail every refund (500: Stripe is down) until it is cleared;
     * `refuseRefunds` to make it refuse them (400: an answer, not an outage).
     */
    failures,
    /** What Stripe.js' confirmCardPayment does on the shopper's side. */
    succeed(id: string) {
      const intent = intents.get(id);
      if (intent) intent.status = 'succeeded';
    },
    /**
     * The same from what the shopper's browser holds (the intent's client secret), answering the
     * intent's id: a client that only ever sees the secret, as Veniqa's does, pays this way.
     */
    succeedBySecret(clientSecret: string): string {
      const intent = [...intents.values()].find((i) => i.client_secret === clientSecret);
      if (!intent) throw new Error(`no intent with client secret ${clientSecret}`);
      intent.status = 'succeeded';
      return intent.id;
    },
    /** A card payment the shopper already made (what the shop's checkout left behind). */
    paidIntent(amount: number, currency = 'eur'): StandInIntent {
      return newIntent('succeeded', amount, { currency, metadata: {} });
    },
    /** How many times the refunds endpoint was asked, replays included. */
    get refundCalls() {
      return refundCalls;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
