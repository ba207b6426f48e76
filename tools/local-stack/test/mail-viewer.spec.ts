import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routesFor } from '@aneis/deploy';
import { createMailer } from '@aneis/mail';
import { startEdgeRouter, type RunningEdgeRouter } from '../src/edge/edge-router.js';
import { createMailViewer } from '../src/mail-viewer/mail-viewer.js';
import { send } from './http-client.js';

const BASE = 'gic-asenhoradosaneis.localhost';
const MAIL_HOST = `mail.${BASE}`;
const templates = {
  confirm_account_customer: 'confirm_account_customer',
  reset_password_customer: 'reset_password_customer',
};

let outboxDir: string;
let edge: RunningEdgeRouter;
const get = (path: string, headers: Record<string, string> = {}) =>
  send(edge.port, `${MAIL_HOST}:${edge.port}`, path, { headers });

beforeAll(async () => {
  outboxDir = await mkdtemp(join(tmpdir(), 'mail-viewer-'));
  // Behind a real edge router with the cluster's routes, as `npm start` runs it.
  edge = await startEdgeRouter({
    routes: routesFor(BASE),
    pools: new Map(),
    port: 0,
    localSites: new Map([[MAIL_HOST, createMailViewer({ outboxDir })]]),
  });
  const mailer = createMailer({ from: 'loja@aneis.example', outboxDir, templates });
  await mailer.send({
    template: 'confirm_account_customer',
    to: 'ana@example.com',
    data: {
      name: 'Ana',
      confirm_account_customer_url: 'http://shop.test/shopping/email-confirmation/abc',
    },
  });
  await mailer.send({
    template: 'reset_password_customer',
    to: 'evil<b>@example.com',
    data: {
      name: '<script>alert(1)</script>',
      reset_password_customer_url: 'http://shop.test/shopping/password-reset/xyz',
    },
    language: 'en',
  });
});

afterAll(async () => {
  await edge.close();
  await rm(outboxDir, { recursive: true, force: true });
});

/** The mail ids in the order the list page links them. */
function linkedIds(html: string): string[] {
  return [...html.matchAll(/href="\/mails\/([0-9a-f-]{36})"/g)].map((m) => m[1] ?? '');
}

describe('mail viewer', () => {
  it('when the list is opened, then every mail is listed newest first, by subject, with a strict policy', async () => {
    const list = await get('/');
    expect(list.status).toBe(200);
    expect(list.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(list.headers['content-security-policy']).toContain("default-src 'none'");
    expect(list.headers['content-security-policy']).not.toContain('unsafe');
    expect(list.body).toContain('Correio enviado');
    expect(list.body.indexOf('Reset your password')).toBeLessThan(
      list.body.indexOf('Confirme o seu e-mail'),
    );
    expect(linkedIds(list.body)).toHaveLength(2);
    // A hostile address is shown as text.
    expect(list.body).toContain('evil&lt;b&gt;@example.com');
    expect(list.body).not.toContain('evil<b>');
  });

  it('when the browser prefers English, then the viewer speaks English', async () => {
    const list = await get('/', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(list.body).toContain('Sent mail');
  });

  it('when a mail is opened, then its envelope and text are shown and its HTML is framed in a sandbox', async () => {
    const [newest] = linkedIds((await get('/')).body);
    const mail = await get(`/mails/${newest}`);
    expect(mail.status).toBe(200);
    expect(mail.body).toContain('<h1>Reset your password · A Senhora dos Anéis</h1>');
    expect(mail.body).toContain('evil&lt;b&gt;@example.com');
    expect(mail.body).toMatch(
      new RegExp(`<iframe [^>]*src="/mails/${newest}/html" sandbox="allow-popups[^"]*"`),
    );
    // The text version, escaped into the page: the name stays text.
    expect(mail.body).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(mail.body).toContain('http://shop.test/shopping/password-reset/xyz');
    expect(mail.body).not.toContain('<script>');
  });

  it('when a mail’s HTML is fetched, then it comes sandboxed with no script or fetch allowed', async () => {
    const [newest] = linkedIds((await get('/')).body);
    const html = await get(`/mails/${newest}/html`);
    expect(html.status).toBe(200);
    const policy = String(html.headers['content-security-policy']);
    expect(policy).toMatch(/^sandbox allow-popups allow-popups-to-escape-sandbox;/);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    expect(policy).toContain("frame-ancestors 'self'");
    expect(html.body).toContain('<head><base target="_blank">');
    expect(html.body).toContain('href="http://shop.test/shopping/password-reset/xyz"');
    expect(html.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('when a mail’s text is fetched, then it is plain text, readable as sent', async () => {
    const [, oldest] = linkedIds((await get('/')).body);
    const text = await get(`/mails/${oldest}/text`);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toContain('Olá Ana,');
    expect(text.body).toContain(
      'Confirmar e-mail:\nhttp://shop.test/shopping/email-confirmation/abc\n',
    );
  });

  it('when the brand stylesheets are asked for, then they are served from the brand lib', async () => {
    const tokens = await get('/brand/tokens.css');
    expect(tokens.status).toBe(200);
    expect(tokens.body).toContain('--brand-accent: #6b2d4a;');
    expect((await get('/brand/ring-logo.svg')).headers['content-type']).toBe('image/svg+xml');
    expect((await get('/viewer.css')).status).toBe(200);
  });

  it('when a mail does not exist or the method is not GET, then the viewer says so', async () => {
    expect((await get('/mails/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await get('/mails/../../etc/passwd')).status).toBe(404);
    const post = await send(edge.port, MAIL_HOST, '/', { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('when another host is asked for, then the edge routes it as before', async () => {
    const other = await send(edge.port, `nowhere.${BASE}`, '/');
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body)).toMatchObject({ status: 'failed' });
  });
});
