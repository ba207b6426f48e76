import { CookieJar, edgeRequest } from '@aneis/e2e-support';

export interface ApiReply {
  readonly status: number;
  /** The parsed JSON body (the `{ status, responseData, errorDetails }` envelope), or the text. */
  readonly body: unknown;
  readonly text: string;
}

/**
 * A shopper's (or any client's) HTTP session against one host behind the edge router: it sends
 * the Host header a browser on `*.localhost` would, the web origin (as the storefront's calls
 * carry it) and keeps the session cookie between calls.
 */
export class ApiClient {
  private readonly cookies = new CookieJar();
  private readonly host: string;
  private readonly port: number;
  private readonly origin: string;

  /** `baseUrl` is the host's address (`http://shopping.<domain>:<port>/`), `origin` the web one. */
  constructor(baseUrl: string, origin: string) {
    const url = new URL(baseUrl);
    this.host = url.host;
    this.port = Number(url.port || 80);
    this.origin = origin;
  }

  get(path: string): Promise<ApiReply> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown): Promise<ApiReply> {
    return this.send('POST', path, body);
  }

  /** Sends one request through the edge on 127.0.0.1 and fails on any non-2xx answer. */
  async ok(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const reply = await this.send(method, path, body);
    if (reply.status < 200 || reply.status > 299) {
      throw new Error(`${method} ${path} answered ${reply.status}: ${reply.text.slice(0, 500)}`);
    }
    return responseData(reply.body);
  }

  async send(method: string, path: string, body?: unknown): Promise<ApiReply> {
    const { status, text } = await edgeRequest({
      edgePort: this.port,
      host: this.host,
      origin: this.origin,
      method,
      path,
      body,
      cookies: this.cookies,
      timeoutMs: 20_000,
    });
    return { status, body: parseJson(text), text };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The envelope's `responseData` when there is one (login answers a bare object). */
export function responseData(body: unknown): unknown {
  return body !== null && typeof body === 'object' && 'responseData' in body
    ? (body as { responseData: unknown }).responseData
    : body;
}
