import { createHash } from 'node:crypto';
import { PAGE_CONTENT_SECURITY_POLICY } from './security-headers.js';

export interface ErrorPage {
  body: Buffer;
  contentSecurityPolicy: string;
}

// Inline so an error page never depends on an asset; the CSP allows exactly this style block.
const STYLE =
  'body{font:1.1rem/1.6 system-ui,sans-serif;margin:0;padding:3rem 1.5rem;' +
  'background:#fbf7f0;color:#2b1d24}main{max-width:36rem;margin:auto}' +
  'a{color:#6b2d4a}a:focus-visible{outline:3px solid #8a5a00;outline-offset:3px}';
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

function errorPage(status: number, titlePt: string, textPt: string, textEn: string): ErrorPage {
  const html = `<!doctype html>
<html lang="pt-PT">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status}: ${titlePt} · A Senhora dos Anéis</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${titlePt}</h1>
<p>${textPt}</p>
<p lang="en">${textEn}</p>
<p><a href="/">A Senhora dos Anéis</a></p>
</main>
</body>
</html>
`;
  return {
    body: Buffer.from(html, 'utf8'),
    contentSecurityPolicy: PAGE_CONTENT_SECURITY_POLICY.replace(
      "style-src 'self'",
      `style-src 'sha256-${STYLE_HASH}'`,
    ),
  };
}

export const NOT_FOUND_PAGE = errorPage(
  404,
  'Página não encontrada',
  'Esta página não existe. A loja está em <a href="/shopping/">/shopping/</a>.',
  'This page does not exist. The shop is at <a href="/shopping/">/shopping/</a>.',
);

export const METHOD_NOT_ALLOWED_PAGE = errorPage(
  405,
  'Método não permitido',
  'Este site só responde a pedidos GET e HEAD.',
  'This site only answers GET and HEAD requests.',
);
