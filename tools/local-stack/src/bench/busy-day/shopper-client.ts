import { Agent } from 'node:http';
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
 * One shopper's browser, as far as the API sees it: keep-alive connections from its own
 * address, its session cookie, JSON in and out; every exchange is timed and recorded.
 */
export class ShopperClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });
  private readonly cookies = new CookieJar();

  constructor(private readonly options: ShopperClientOptions) {}

  /** `route` names the request in the figures (ids left out): `GET /catalog/getProductDetails`. */
  async call(route: string, path: string, body?: unknown): Promise<Reply> {
    const method = route.split(' ')[0] ?? 'GET';
    const started = performance.now();
    const answer = await this.exchange(method, path, body);
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
  ): Promise<Answer & { data: unknown }> {
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
    const { status, text } = await edgeRequest({
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
    return readAnswer(status, text);
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
