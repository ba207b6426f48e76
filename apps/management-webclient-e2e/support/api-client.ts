import { request } from 'node:http';

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
  private readonly cookies = new Map<string, string>();
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

  send(method: string, path: string, body?: unknown): Promise<ApiReply> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          path,
          method,
          agent: false,
          headers: {
            host: this.host,
            origin: this.origin,
            accept: 'application/json',
            ...(payload ? { 'content-type': 'application/json' } : {}),
            ...(cookie ? { cookie } : {}),
          },
        },
        (res) => {
          for (const line of res.headers['set-cookie'] ?? []) this.remember(line);
          const chunks: Buffer[] = [];
          res.on('data', (part: Buffer) => chunks.push(part));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: parseJson(text), text });
          });
        },
      );
      req.setTimeout(20_000, () => req.destroy(new Error(`no answer to ${path} within 20 s`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  private remember(setCookie: string): void {
    const [pair = ''] = setCookie.split(';');
    const at = pair.indexOf('=');
    if (at <= 0) return;
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    // An expired or emptied cookie is how a server logs a session out.
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(setCookie)) this.cookies.delete(name);
    else this.cookies.set(name, value);
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
