import { readFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { mailLanguageFromHeader, readOutbox, type OutboxMessage } from '@aneis/mail';
import { listPage, mailPage, notFoundPage } from './viewer-pages.js';
import { viewerStyles } from './viewer-styles.js';
import { viewerWords } from './viewer-words.js';

export interface MailViewerOptions {
  /** MAIL_OUTBOX_DIR of the servers: read on every request, so new mail shows on reload. */
  readonly outboxDir: string;
}

/** The viewer's own pages: its stylesheets and pictures only, nothing inline, no scripts. */
const PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A mail's HTML runs in a sandbox with no script and nothing fetched: inline styles (mails are
 * made of them) and nothing else. `frame-ancestors 'self'` lets only the viewer frame it.
 */
const MAIL_POLICY = [
  'sandbox allow-popups allow-popups-to-escape-sandbox',
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const brandAssets: Readonly<Record<string, string>> = {
  '/brand/tokens.css': 'text/css; charset=utf-8',
  '/brand/components.css': 'text/css; charset=utf-8',
  '/brand/ring-logo.svg': 'image/svg+xml',
};

const mailPath = /^\/mails\/([0-9a-f-]{36})(?:\/(html|text))?$/;

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'content-type': contentType,
    'content-security-policy': PAGE_POLICY,
    ...headers,
  });
  res.end(body);
}

/**
 * Links in a mail open outside the viewer (a new tab), which the sandbox allows; nothing in the
 * mail itself changes.
 */
function withLinksInNewTab(html: string): string {
  return html.replace(/<head>/i, '<head><base target="_blank">');
}

async function findMail(outboxDir: string, id: string): Promise<OutboxMessage | undefined> {
  return (await readOutbox(outboxDir)).find((message) => message.id === id);
}

async function handle(
  options: MailViewerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET') {
    send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { allow: 'GET' });
    return;
  }
  const path = new URL(req.url ?? '/', 'http://viewer').pathname;
  const language = mailLanguageFromHeader(req.headers['accept-language']);
  const words = viewerWords[language];
  const html = 'text/html; charset=utf-8';

  if (path === '/healthz') {
    send(res, 200, 'application/json; charset=utf-8', '{"status":"ok"}');
    return;
  }
  if (path === '/') {
    send(res, 200, html, listPage(await readOutbox(options.outboxDir), words, language));
    return;
  }
  if (path === '/viewer.css') {
    send(res, 200, 'text/css; charset=utf-8', viewerStyles);
    return;
  }
  const assetType = brandAssets[path];
  if (assetType) {
    const file = new URL(
      import.meta.resolve(`@aneis/brand/assets/${path.slice('/brand/'.length)}`),
    );
    send(res, 200, assetType, await readFile(file));
    return;
  }
  const match = mailPath.exec(path);
  const mail = match?.[1] === undefined ? undefined : await findMail(options.outboxDir, match[1]);
  if (!mail) {
    send(res, 404, html, notFoundPage(words, language));
    return;
  }
  if (match?.[2] === 'html') {
    send(res, 200, html, withLinksInNewTab(mail.html ?? ''), {
      'content-security-policy': MAIL_POLICY,
    });
  } else if (match?.[2] === 'text') {
    send(res, 200, 'text/plain; charset=utf-8', mail.text ?? '');
  } else {
    send(res, 200, html, mailPage(mail, words, language));
  }
}

/**
 * The local stack's mail viewer (a local tool, not part of the cluster): the outbox as a list,
 * each mail with its envelope, its HTML in a sandboxed frame under a strict policy, and its text.
 */
export function createMailViewer(options: MailViewerOptions): RequestListener {
  return (req, res) => {
    handle(options, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Mail viewer error\n');
      else res.destroy();
    });
  };
}
