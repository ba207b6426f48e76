import type { MailLanguage, OutboxMessage } from '@aneis/mail';
import { escapeHtml as e } from './escape-html.js';
import type { ViewerWords } from './viewer-words.js';

function page(language: MailLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language === 'pt' ? 'pt-PT' : 'en-GB'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<link rel="stylesheet" href="/brand/tokens.css">
<link rel="stylesheet" href="/brand/components.css">
<link rel="stylesheet" href="/viewer.css">
</head>
<body>
<header class="viewer-header"><a class="brand-mark" href="/"><img src="/brand/ring-logo.svg" alt="" width="32" height="32"> A Senhora dos Anéis</a></header>
<main class="viewer">
${body}
</main>
</body>
</html>
`;
}

function when(iso: string, language: MailLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'pt' ? 'pt-PT' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(date);
}

/** The outbox, newest first: one row per mail, linking to it. */
export function listPage(
  messages: readonly OutboxMessage[],
  words: ViewerWords,
  language: MailLanguage,
): string {
  const rows = [...messages]
    .reverse()
    .map(
      (m) => `<tr>
<td><time datetime="${e(m.createdAt)}">${e(when(m.createdAt, language))}</time></td>
<td>${e(m.to)}</td>
<td><a href="/mails/${e(m.id)}">${e(m.subject ?? m.template)}</a></td>
<td><code>${e(m.template)}</code></td>
<td>${e(m.language ?? '')}</td>
</tr>`,
    )
    .join('\n');
  const table =
    messages.length === 0
      ? `<p class="card">${e(words.empty)}</p>`
      : `<div class="card viewer-table"><table>
<thead><tr><th scope="col">${e(words.when)}</th><th scope="col">${e(words.to)}</th><th scope="col">${e(words.subject)}</th><th scope="col">${e(words.template)}</th><th scope="col">${e(words.language)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
  return page(
    language,
    words.title,
    `<div class="viewer-title"><h1>${e(words.title)}</h1><a class="button--quiet" href="/">${e(words.refresh)}</a></div>
<p>${e(words.intro)}</p>
${table}`,
  );
}

/** One mail: its envelope, the HTML in a sandboxed frame, the text below. */
export function mailPage(
  message: OutboxMessage,
  words: ViewerWords,
  language: MailLanguage,
): string {
  const facts: [string, string][] = [
    [words.from, message.from],
    [words.to, message.to],
    [words.when, when(message.createdAt, language)],
    [words.template, message.template],
    [words.language, message.language ?? ''],
  ];
  const base = `/mails/${e(message.id)}`;
  return page(
    language,
    message.subject ?? message.template,
    `<p><a href="/">← ${e(words.back)}</a></p>
<h1>${e(message.subject ?? message.template)}</h1>
<dl class="viewer-facts">
${facts.map(([label, value]) => `<div><dt>${e(label)}</dt><dd>${e(value)}</dd></div>`).join('\n')}
</dl>
<h2>${e(words.htmlVersion)}</h2>
<iframe class="viewer-frame" title="${e(words.frameTitle)}" src="${base}/html" sandbox="allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer"></iframe>
<h2>${e(words.textVersion)}</h2>
<p><a href="${base}/text">${e(words.openText)}</a></p>
<pre class="card viewer-text">${e(message.text ?? '')}</pre>`,
  );
}

export function notFoundPage(words: ViewerWords, language: MailLanguage): string {
  return page(
    language,
    words.title,
    `<p><a href="/">← ${e(words.back)}</a></p><p class="card">${e(words.notFound)}</p>`,
  );
}
