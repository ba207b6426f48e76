import { request } from 'node:http';
import { CookieJar } from '@aneis/e2e-support';

/**
 * What one of Veniqa's Vue 2 webclients puts on the wire through its axios 0.18 instance
 * (`withCredentials: true`, base URL from VUE_APP_API_BASE_URL), reproduced byte for byte:
 * - `Accept: application/json, text/plain, *\/*` on every request;
 * - an object or array `data` is JSON with `Content-Type: application/json;charset=utf-8`,
 *   whatever the method (DELETE included);
 * - `data: {}` on a GET: the browser drops the body but keeps that Content-Type;
 * - the page's own Origin (and a Referer, as a browser adds) and the session cookie;
 * - the path exactly as the client concatenated it (e-mails and tokens not URL-encoded).
 */
export interface VeniqaCall {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  /** axios `data`; omitted or null: no body and no Content-Type. */
  readonly data?: unknown;
}

export interface VeniqaReply {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  readonly body: unknown;
}

const ACCEPT = 'application/json, text/plain, */*';
const JSON_TYPE = 'application/json;charset=utf-8';

export class VeniqaClient {
  readonly cookies = new CookieJar();

  /**
   * @param apiBase the API server, e.g. `http://127.0.0.1:41001`
   * @param pageOrigin where the webclient's pages are served from, e.g. `http://localhost:5201`
   */
  constructor(
    private readonly apiBase: string,
    private readonly pageOrigin: string,
  ) {}

  send(call: VeniqaCall): Promise<VeniqaReply> {
    const url = new URL(this.apiBase);
    const hasData = call.data !== undefined && call.data !== null;
    // The browser sends no body on a GET, even when axios was given one.
    const payload =
      hasData && call.method !== 'GET' ? Buffer.from(JSON.stringify(call.data)) : undefined;
    const cookie = this.cookies.header();
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: call.method,
          // Sent verbatim, as the client concatenated it.
          path: call.path,
          agent: false,
          headers: {
            accept: ACCEPT,
            origin: this.pageOrigin,
            referer: `${this.pageOrigin}/`,
            ...(hasData ? { 'content-type': JSON_TYPE } : {}),
            ...(payload ? { 'content-length': payload.length } : {}),
            ...(cookie ? { cookie } : {}),
          },
        },
        (res) => {
          this.cookies.remember(res.headers['set-cookie']);
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              text,
              body: parseJson(text),
            });
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error(`no answer to ${call.path}`)));
      req.on('error', reject);
      req.end(payload);
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Veniqa's success envelope, as the clients test it: a 2xx and `httpStatus === 200`. */
export function envelopeData(reply: VeniqaReply, label: string): unknown {
  const body = reply.body as { httpStatus?: unknown; responseData?: unknown } | undefined;
  if (reply.status < 200 || reply.status > 299 || body?.httpStatus !== 200) {
    throw new Error(
      `${label}: expected a 2xx envelope with httpStatus 200, got ${describeReply(reply)}`,
    );
  }
  return body.responseData;
}

/** A 2xx answer (the clients that read `responseData` without checking `httpStatus`). */
export function expect2xx(reply: VeniqaReply, label: string): void {
  if (reply.status < 200 || reply.status > 299) {
    throw new Error(`${label}: expected a 2xx, got ${describeReply(reply)}`);
  }
}

export function describeReply(reply: VeniqaReply): string {
  return `HTTP ${reply.status} ${reply.text.slice(0, 600)}`;
}

/**
 * `ManagePhoto.saveAll`'s upload: a PUT of the image bytes to an absolute `uploadUrl` from the
 * admin page, `Content-Type: image/png` and `withCredentials: false` (no cookie).
 */
export async function putImage(uploadUrl: string, bytes: Buffer, pageOrigin: string) {
  const res = await fetch(uploadUrl, {
    method: 'PUT',
    body: new Uint8Array(bytes),
    headers: { accept: ACCEPT, 'content-type': 'image/png', origin: pageOrigin },
  });
  return res.status;
}
