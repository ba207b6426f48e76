import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The webclient's built index.html, and the protection headers its own server sends with it. */
export interface StorefrontShell {
  html: string;
  headers: Readonly<Record<string, string>>;
}

/** Headers of the webclient's answer that a page rendered into its shell must carry too. */
const COPIED_HEADERS = [
  'content-security-policy',
  'x-frame-options',
  'referrer-policy',
  'x-content-type-options',
  'cross-origin-opener-policy',
  'permissions-policy',
] as const;

export interface ShellSource {
  get(): Promise<StorefrontShell>;
}

/**
 * Reads the shell from `url` (the webclient's server, or a file) and keeps it `ttlMs`, so a new
 * webclient release reaches the rendered pages within that time. While a fresh read fails, the
 * last good copy is used; with none, the failure goes to the caller.
 */
export function storefrontShellSource(
  url: string,
  options: { ttlMs?: number; timeoutMs?: number; now?: () => number } = {},
): ShellSource {
  const ttlMs = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  let cached: { shell: StorefrontShell; at: number } | undefined;
  let loading: Promise<StorefrontShell> | undefined;

  const load = async (): Promise<StorefrontShell> => {
    const shell = await readShell(url, options.timeoutMs ?? 5_000);
    cached = { shell, at: now() };
    return shell;
  };
  return {
    async get() {
      if (cached && now() - cached.at < ttlMs) return cached.shell;
      loading ??= load().finally(() => {
        loading = undefined;
      });
      try {
        return await loading;
      } catch (error) {
        if (cached) return cached.shell;
        throw error;
      }
    },
  };
}

async function readShell(url: string, timeoutMs: number): Promise<StorefrontShell> {
  if (url.startsWith('file:')) {
    return { html: await readFile(fileURLToPath(url), 'utf8'), headers: {} };
  }
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`the storefront shell at ${url} answered ${response.status}`);
  const headers: Record<string, string> = {};
  for (const name of COPIED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { html: await response.text(), headers };
}

/** What goes into the shell besides the head and the mount point's markup. */
export interface ShellExtras {
  /** Markup right after the mount point (the app's state, as inert JSON). */
  afterApp?: string;
  /** BCP 47 tag for `<html lang>` when the page is in another language than the shell's. */
  lang?: string;
}

/**
 * The shell with a page's head and body in it: the shell's generic title and description give
 * way to the page's, the head tags go before `</head>`, and the body goes inside the app's
 * mount point (the app hydrates it when the body is its own render, and replaces it otherwise).
 */
export function fillShell(
  html: string,
  head: string,
  body: string,
  extras: ShellExtras = {},
): string {
  const withoutGeneric = html
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/i, '');
  const headEnd = withoutGeneric.search(/<\/head>/i);
  const mount = /<div id="app"><\/div>/i.exec(withoutGeneric);
  if (headEnd === -1 || !mount)
    throw new Error('the storefront shell has no </head> or no empty #app');
  const withBody =
    withoutGeneric.slice(0, mount.index) +
    `<div id="app">${body}</div>${extras.afterApp ?? ''}` +
    withoutGeneric.slice(mount.index + mount[0].length);
  const headAt = withBody.search(/<\/head>/i);
  const filled = `${withBody.slice(0, headAt)}${head}\n  ${withBody.slice(headAt)}`;
  if (!extras.lang) return filled;
  return filled.replace(
    /(<html\b[^>]*\blang=")[^"]*"/i,
    (_whole, start: string) => `${start}${extras.lang}"`,
  );
}
