import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { CookieJar, edgeRequest } from '@aneis/e2e-support';
import type { Answer, Outcome, RouteStats } from './route-stats.js';

export interface Reply extends Answer {
  readonly outcome: Outcome;
  /** The envelope's `responseData`, or the bare JSON body (login, isLoggedIn). */
  readonly data: unknown;
}

export interface ShopperClientOptions {
  /** The edge router's port on 127.0.0.1. */
  readonly edgePort: number;
  /** `shopping.gic-asenhoradosaneis.localhost:<port>`: the Host a browser would send. */
  readonly host: string;
  /** The storefront's origin, which its calls carry. */
  readonly origin: string;
  /**
   * The loopback address this shopper's connections come from (127.0.0.0/8 is all loopback on
   * Linux), so the edge sees one client address per shopper as it would on the internet and
   * the per-IP limits count each shopper, not the whole crowd as one.
   */
  readonly localAddress: string;
  readonly timeoutMs: number;
  readonly stats: RouteStats;
}

/**
 * As our webclients' API client (libs/web-api) does: a 429 or 503 whose Retry-After is at most
 * 10 s is waited out (plus up to 30 %, so a crowd refused together comes back spread out) and
 * sent again, twice at most. A longer wait (a rate limit's minute) is reported at once.
 */
const MAX_RETRIES = 2;
const LONGEST_RETRY_WAIT_MS = 10_000;
const RETRY_JITTER = 0.3;

function retryWaitMs(answer: { status: number; retryAfter?: string }): number | undefined {
  if (answer.status !== 429 && answer.status !== 503) return undefined;
  const seconds = /^\d+$/.test(answer.retryAfter?.trim() ?? '') ? Number(answer.retryAfter) : NaN;
  const ms = seconds * 1000;
  return ms <= LONGEST_RETRY_WAIT_MS ? ms * (1 + Math.random() * RETRY_JITTER) : undefined;
}

/**
 * One shopper's browser, as far as the API sees it: keep-alive connections from its own
 * address, its session cookie, JSON in and out; every exchange is timed (waits for Retry-After
 * included, as the shopper lives them) and recorded with its final outcome.
 */
export class ShopperClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });
  private readonly cookies = new CookieJar();

  constructor(private readonly options: ShopperClientOptions) {}

  /** `route` names the request in the figures (ids left out): `GET /catalog/getProductDetails`. */
  async call(route: string, path: string, body?: unknown): Promise<Reply> {
    const method = route.split(' ')[0] ?? 'GET';
    const started = performance.now();
    let answer = await this.exchange(method, path, body);
    for (let retries = 0; retries < MAX_RETRIES; retries += 1) {
      const waitMs = retryWaitMs(answer);
      if (waitMs === undefined) break;
      this.options.stats.waitedOut(route, answer.status);
      await sleep(waitMs);
      answer = await this.exchange(method, path, body);
    }
    const outcome = this.options.stats.record(route, performance.now() - started, answer);
    return { ...answer, outcome };
  }

  close(): void {
    this.agent.destroy();
  }

  private async exchange(
    method: string,
    path: string,
    body: unknown,
  ): Promise<Answer & { data: unknown; retryAfter?: string }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.send(method, path, body);
      } catch (error) {
        // As browsers do: a reused idle connection the edge closed just then is tried once more.
        const { code, reusedSocket } = error as NodeJS.ErrnoException & { reusedSocket?: boolean };
        if (code === 'ECONNRESET' && reusedSocket === true && attempt === 1) continue;
        // Named without the path, so one kind of failure groups into one line of the report.
        const detail = code ?? `no answer within ${this.options.timeoutMs / 1000} s`;
        return { status: 0, detail, data: undefined };
      }
    }
  }

  private async send(method: string, path: string, body: unknown) {
    const { options } = this;
    const { status, text, retryAfter } = await edgeRequest({
      edgePort: options.edgePort,
      host: options.host,
      origin: options.origin,
      method,
      path,
      body,
      cookies: this.cookies,
      agent: this.agent,
      localAddress: options.localAddress,
      timeoutMs: options.timeoutMs,
    });
    return { ...readAnswer(status, text), ...(retryAfter === undefined ? {} : { retryAfter }) };
  }
}

/** The envelope's `responseData` (or the bare JSON body); for a failure, its words. */
function readAnswer(status: number, text: string): Answer & { data: unknown } {
  let json: unknown = text;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: a plain-text answer (Veniqa's "Unauthorized") or an edge failure page.
  }
  const envelope =
    json !== null && typeof json === 'object' && 'status' in json
      ? (json as { responseData?: unknown; errorDetails?: unknown; code?: unknown })
      : undefined;
  const details = envelope?.errorDetails;
  const detail =
    status < 300
      ? undefined
      : typeof details === 'string'
        ? details
        : details === undefined
          ? text.slice(0, 200)
          : JSON.stringify(details);
  return {
    status,
    data: envelope ? envelope.responseData : json,
    ...(typeof envelope?.code === 'string' ? { code: envelope.code } : {}),
    ...(detail === undefined ? {} : { detail }),
  };
}
