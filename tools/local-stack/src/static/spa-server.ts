import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { listenOnLoopback } from '../edge/listen-on-loopback.js';
import { cacheControlOf, contentTypeOf } from './content-types.js';

export interface SpaServerOptions {
  /** The built files (a Vite `dist/`), with index.html at the top. */
  readonly root: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Sent with every answer: the app's security headers (see `@aneis/web-security`). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RunningSpaServer {
  readonly port: number;
  close(): Promise<void>;
}

const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Serves a single-page app's built files as the webclient pods do in the cluster: files as they
 * are, and index.html for any other path without a file extension so client-side routes survive
 * a reload. Behind the edge it sees paths with the `/shopping` or `/management` prefix removed.
 */
export async function startSpaServer(options: SpaServerOptions): Promise<RunningSpaServer> {
  const root = resolve(options.root);
  const headers = options.headers ?? {};
  const listener = await listenOnLoopback((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    serve(root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  }, options.port);
  return { port: listener.port, close: () => listener.close(1_000) };
}

async function serve(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const path = decodedPath(req.url ?? '/');
  if (path === undefined) {
    res.writeHead(400).end();
    return;
  }
  if (HEALTH_PATHS.has(path)) {
    sendText(res, req, 200, 'application/json; charset=utf-8', '{"status":"ok"}', 'no-store');
    return;
  }
  const file = await existingFile(root, path);
  if (file) {
    await sendFile(res, req, file, cacheControlOf(path));
    return;
  }
  if (extname(path) !== '') {
    sendText(res, req, 404, 'text/plain; charset=utf-8', 'Not found\n', 'no-cache');
    return;
  }
  const index = await existingFile(root, '/index.html');
  if (!index) {
    sendText(res, req, 404, 'text/plain; charset=utf-8', 'This app is not built\n', 'no-cache');
    return;
  }
  await sendFile(res, req, index, 'no-cache');
}

/** The request path, decoded, or undefined when it is malformed or tries to leave the root. */
function decodedPath(url: string): string | undefined {
  const raw = url.split('?', 1)[0] ?? '/';
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const normalized = normalize(path).split(sep).join('/');
  return normalized.startsWith('/') && !normalized.includes('/../') ? normalized : undefined;
}

async function existingFile(root: string, path: string): Promise<string | undefined> {
  const candidate = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!candidate.startsWith(root)) return undefined;
  try {
    return (await stat(candidate)).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

async function sendFile(
  res: ServerResponse,
  req: IncomingMessage,
  file: string,
  cacheControl: string,
): Promise<void> {
  const info = await stat(file);
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-length': info.size,
    'cache-control': cacheControl,
    'last-modified': info.mtime.toUTCString(),
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function sendText(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  type: string,
  body: string,
  cacheControl: string,
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': cacheControl,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
