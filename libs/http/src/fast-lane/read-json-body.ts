import type { IncomingMessage } from 'node:http';

/** Shaped like body-parser's errors, so `mapError` answers them with the same messages. */
export class BodyError extends Error {
  readonly expose = true;
  constructor(
    readonly status: number,
    readonly type: 'entity.too.large' | 'entity.parse.failed' | 'request.aborted',
    message: string,
    readonly limit?: number,
  ) {
    super(message);
  }
}

const JSON_MEDIA_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Whether the lane can read this request's body exactly as express.json() would: plain UTF-8
 * JSON, not compressed. Anything else (other types, charsets, encodings) is left to Express.
 */
export function isPlainJsonRequest(req: IncomingMessage): boolean {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (!hasBody(req) || isEmptyUntyped(req)) return true;
  const type = req.headers['content-type'];
  return type !== undefined && JSON_MEDIA_TYPE.test(type);
}

// `Content-Length: 0` without a type: express.json() leaves such a request without a body.
function isEmptyUntyped(req: IncomingMessage): boolean {
  return (
    req.headers['content-type'] === undefined &&
    req.headers['transfer-encoding'] === undefined &&
    req.headers['content-length'] === '0'
  );
}

// type-is' rule, which body-parser follows: a length header (even 0) or chunked framing.
function hasBody(req: IncomingMessage): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined ||
    (req.headers['content-length'] !== undefined &&
      !Number.isNaN(Number(req.headers['content-length'])))
  );
}

/** The body's text (undefined: the request has none), or why it could not be read. */
export type BodyReceiver = (error: Error | undefined, text?: string) => void;

/**
 * Reads the body's text with express.json()'s limits: at most `limit` bytes (a declared length
 * over it is refused before reading); no body at all (or an empty one without a type) is
 * undefined. The answer goes to `receive`, at once when there is no body to wait for; parse it
 * with `parseStrictJson`.
 *
 * A catalogue search is a few hundred bytes and arrives in the same read as its headers: a tick
 * later the parser has pushed all of it into the request's buffer (though it has not yet marked
 * the request complete), and with Content-Length framing a buffer holding that many bytes is the
 * whole body. It is then taken in one `read()`, without flowing mode, listeners or a promise. A
 * body still on its way, or sent in chunks, is streamed in as it comes.
 */
export function readBodyText(req: IncomingMessage, limit: number, receive: BodyReceiver): void {
  if (!hasBody(req) || isEmptyUntyped(req)) {
    receive(undefined, undefined);
    return;
  }
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    receive(tooLarge(limit));
    return;
  }
  if (req.headers['transfer-encoding'] === undefined) {
    process.nextTick(takeBufferedBody, req, declared, limit, receive);
  } else {
    streamBody(req, limit, receive);
  }
}

function takeBufferedBody(
  req: IncomingMessage,
  declared: number,
  limit: number,
  receive: BodyReceiver,
): void {
  if (req.readableFlowing === true || req.readableLength !== declared) {
    streamBody(req, limit, receive);
    return;
  }
  const bytes = req.read() as Buffer | null;
  receive(undefined, bytes === null ? '' : bytes.toString('utf8'));
}

function streamBody(req: IncomingMessage, limit: number, receive: BodyReceiver): void {
  const chunks: Buffer[] = [];
  let received = 0;
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > limit) {
      cleanup();
      receive(tooLarge(limit));
      return;
    }
    chunks.push(chunk);
  };
  const onEnd = () => {
    cleanup();
    receive(undefined, Buffer.concat(chunks).toString('utf8'));
  };
  const onAborted = () => {
    cleanup();
    receive(new BodyError(400, 'request.aborted', 'request aborted'));
  };
  const cleanup = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onAborted);
    req.off('aborted', onAborted);
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onAborted);
  req.on('aborted', onAborted);
}

function tooLarge(limit: number): BodyError {
  return new BodyError(413, 'entity.too.large', 'request entity too large', limit);
}

/**
 * The body as express.json() parses it: undefined stays undefined (no body), an empty text is
 * `{}`, and only an object or an array may stand at the top (strict mode).
 */
export function parseStrictJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (text.length === 0) return {};
  const first = text[0] === '{' || text[0] === '[' ? text[0] : /^\s*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') {
    throw new BodyError(400, 'entity.parse.failed', 'Unexpected token in JSON');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'entity.parse.failed', 'Unexpected token in JSON');
  }
}
