import {
  request,
  type Agent,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { sendEdgeFailure } from './edge-failure.js';
import { withoutHopByHop } from './forwarded-headers.js';
import type { UpstreamInstance } from './upstream-pool.js';

export interface ProxyAttempt {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly target: UpstreamInstance;
  readonly url: string;
  readonly headers: OutgoingHttpHeaders;
  readonly agent: Agent;
  /** Longest silence allowed from the upstream, waiting for headers or between body chunks. */
  readonly timeoutMs: number;
}

/**
 * `refused`: the upstream never accepted the connection; nothing was read from the client nor
 * written to it, so the caller may try another instance. `reset`: the connection broke before a
 * bodiless request got any answer; the edge resends it only when its method is idempotent. `done`: the exchange is over, whatever
 * its outcome (a 502/504 was sent, or the response was streamed, or one side went away).
 */
export type ProxyOutcome = 'refused' | 'reset' | 'done';

/** Forwards one request to one instance, streaming both bodies. */
export function proxyOnce(attempt: ProxyAttempt): Promise<ProxyOutcome> {
  const { req, res, target } = attempt;
  return new Promise<ProxyOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: ProxyOutcome): void => {
      if (settled) return;
      settled = true;
      res.off('close', onClientGone);
      resolve(outcome);
    };

    const upstream = request({
      host: target.host,
      port: target.port,
      method: req.method,
      path: attempt.url,
      headers: attempt.headers,
      agent: attempt.agent,
    });
    let connected = false;

    const onClientGone = (): void => {
      if (!res.writableFinished) upstream.destroy();
      settle('done');
    };
    res.on('close', onClientGone);

    const bodiless = hasNoBody(req);
    if (bodiless) {
      upstream.end();
    } else {
      // The client body is only read once the upstream accepted the connection, so a refused
      // connection leaves it untouched for a retry elsewhere.
      upstream.on('socket', (socket: Socket) => {
        const begin = (): void => {
          connected = true;
          req.pipe(upstream);
        };
        if (socket.connecting) socket.once('connect', begin);
        else begin();
      });
    }

    upstream.setTimeout(attempt.timeoutMs, () => {
      upstream.destroy();
      sendEdgeFailure(
        res,
        504,
        'UPSTREAM_TIMEOUT',
        `${target.id} did not answer within ${attempt.timeoutMs} ms`,
      );
      settle('done');
    });

    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected && !res.headersSent && error.code === 'ECONNREFUSED') {
        settle('refused');
        return;
      }
      // The connection broke before any answer (a kept-alive socket closed as it was reused, or
      // an instance dying mid-accept). With no body there is nothing lost: the caller may resend.
      if (bodiless && !res.headersSent && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        settle('reset');
        return;
      }
      sendEdgeFailure(
        res,
        502,
        'UPSTREAM_ERROR',
        `${target.id} failed: ${error.code ?? error.message}`,
      );
      settle('done');
    });

    upstream.on('response', (upstreamRes) => {
      res.writeHead(
        upstreamRes.statusCode ?? 502,
        upstreamRes.statusMessage,
        withoutHopByHop(upstreamRes.headers),
      );
      upstreamRes.pipe(res);
      upstreamRes.on('error', () => res.destroy());
      upstreamRes.on('end', () => settle('done'));
    });
  });
}

function hasNoBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0');
}
