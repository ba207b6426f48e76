/*
 * A product description (rich text written by managers) made safe to put in a page: the output
 * is built anew from an allow-list, never the input with bad parts cut out, so whatever the input
 * holds, the output holds only the tags and attributes below and escaped text. The same function
 * runs on the server (which has no DOM) and in the browser, so a page the server rendered
 * hydrates with the very markup the app shows when it fetches the ring itself.
 */

/** Formatting a rich-text editor writes; anything else is dropped (its text is kept). */
const KEPT_TAGS = new Set([
  'p',
  'br',
  'hr',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'a',
  'span',
]);
const VOID_TAGS = new Set(['br', 'hr']);
/** Dropped with everything inside them: their content is code, styling or another document. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'title',
  'xmp',
  'svg',
  'math',
  'select',
]);
/**
 * Links only to web pages, mail, or the shop's own paths: no javascript:, data: or the like, and
 * no `//host` or `/\host`, which browsers read as another site.
 */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#)/i;

/** A start or end tag: its attributes run to the first `>` outside a quoted value. */
const TAG = /^<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
};

/** What the browser reads from an attribute value (enough to judge a link's scheme). */
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text as written, with character references kept, and nothing that could open a tag. */
const escapeText = (text: string) =>
  text
    .replace(/&(?!(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function keptAttributes(tag: string, source: string): string {
  if (tag !== 'a') return '';
  for (const match of source.matchAll(ATTRIBUTE)) {
    if (match[1]?.toLowerCase() !== 'href') continue;
    // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`).
    const href = [...decodeAttribute(match[2] ?? match[3] ?? match[4] ?? '')]
      .filter((char) => char.charCodeAt(0) > 0x20)
      .join('');
    if (!SAFE_HREF.test(href)) return '';
    return ` href="${escapeAttribute(href)}" rel="nofollow noopener"`;
  }
  return '';
}

/** `html` with only allowed formatting, every element closed, and links to safe addresses. */
export function sanitizeDescriptionHtml(html: string): string {
  let out = '';
  const open: string[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      out += escapeText(html.slice(at));
      break;
    }
    out += escapeText(html.slice(at, lt));
    const rest = html.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->', 4);
      at = end === -1 ? html.length : lt + end + 3;
      continue;
    }
    if (/^<[!?]/.test(rest)) {
      const end = rest.indexOf('>');
      at = end === -1 ? html.length : lt + end + 1;
      continue;
    }
    const tag = TAG.exec(rest);
    if (!tag) {
      out += '&lt;';
      at = lt + 1;
      continue;
    }
    at = lt + tag[0].length;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (!closing && DROPPED_WITH_CONTENT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      const close = end === -1 ? -1 : html.indexOf('>', end);
      at = close === -1 ? html.length : close + 1;
      continue;
    }
    if (!KEPT_TAGS.has(name)) continue;
    if (VOID_TAGS.has(name)) {
      if (!closing) out += `<${name}>`;
      continue;
    }
    if (!closing) {
      out += `<${name}${keptAttributes(name, tag[3] ?? '')}>`;
      open.push(name);
      continue;
    }
    // A close tag ends its element and any left open inside it; a stray one is dropped.
    const index = open.lastIndexOf(name);
    if (index === -1) continue;
    while (open.length > index) out += `</${open.pop() ?? ''}>`;
  }
  while (open.length > 0) out += `</${open.pop() ?? ''}>`;
  return out;
}
