import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../src/logger.js';

export const templates = {
  confirm_account_customer: 'd-confirm0000000000000000000000000',
  reset_password_customer: 'd-reset00000000000000000000000000',
};

export async function temporaryDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aneis-mail-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface StandIn {
  baseUrl: string;
  requests: RecordedRequest[];
  /** What the next requests are answered with; SendGrid answers 202 with an empty body. */
  reply: { status: number; body?: unknown; messageId?: string };
  close(): Promise<void>;
}

/** A local HTTP server standing in for api.sendgrid.com, recording what it receives. */
export async function sendgridStandIn(): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const standIn = {
    requests,
    reply: { status: 202, messageId: 'sg-message-1' } as StandIn['reply'],
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      });
      const { status, body, messageId } = standIn.reply;
      const headers: http.OutgoingHttpHeaders = { connection: 'close' };
      if (messageId) headers['x-message-id'] = messageId;
      if (body !== undefined) headers['content-type'] = 'application/json';
      response.writeHead(status, headers);
      response.end(body === undefined ? '' : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

export function recordingLogger(): Logger & { lines: unknown[] } {
  const lines: unknown[] = [];
  return {
    lines,
    info: (message, meta) => lines.push({ level: 'info', message, meta }),
    warn: (message, meta) => lines.push({ level: 'warn', message, meta }),
    error: (message, meta) => lines.push({ level: 'error', message, meta }),
  };
}
