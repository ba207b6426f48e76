import type { KhaltiPort } from './khalti-port.js';
import { PaymentProviderError } from './stripe-port.js';

export interface FetchKhaltiOptions {
  secretKey: string;
  verifyUrl: string;
  timeoutMs?: number;
}

/** Khalti's verify endpoint: POST `{ token, amount }` with `Authorization: Key <secret>`. */
export function createFetchKhalti(options: FetchKhaltiOptions): KhaltiPort {
  return {
    async verify(token, amountPaisa) {
      let response: Response;
      try {
        response = await fetch(options.verifyUrl, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Key ${options.secretKey}`,
          },
          body: JSON.stringify({ token, amount: amountPaisa }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch {
        throw new PaymentProviderError('Khalti could not be reached');
      }
      const body: unknown = await response.json().catch(() => undefined);
      const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<
        string,
        unknown
      >;
      if (!response.ok || typeof answer['idx'] !== 'string') {
        const detail = typeof answer['detail'] === 'string' ? `: ${answer['detail']}` : '';
        throw new PaymentProviderError(
          `Khalti did not verify the payment${detail}`,
          response.status,
        );
      }
      if (answer['amount'] !== amountPaisa) {
        throw new PaymentProviderError('Khalti verified a different amount than this order');
      }
      return { idx: answer['idx'], amount: amountPaisa, raw: answer };
    },
  };
}
