import type { StorefrontRenderer } from '@aneis/contracts';

/**
 * Where the webclient's server build is in a checkout and in the image: beside this app's own
 * folder (`apps/shopping-webclient/dist-ssr`), made by `nx run shopping-webclient:build-ssr`,
 * which the server's build depends on. STOREFRONT_SSR_MODULE names another place.
 */
export const DEFAULT_RENDERER_URL = new URL(
  '../../../shopping-webclient/dist-ssr/entry-server.js',
  import.meta.url,
).href;

export interface RendererSource {
  /** The renderer, or null while it cannot be loaded (the pages then go out without the app). */
  get(): Promise<StorefrontRenderer | null>;
}

/**
 * Loads the renderer module at `moduleUrl` on first use. A missing or broken build must not
 * break the pages: it is reported once, the pages fall back to the server's plain markup, and
 * the load is tried again every `retryMs` (a build that lands later is picked up).
 */
export function storefrontRendererSource(
  moduleUrl: string,
  warn: (message: string) => void,
  options: { retryMs?: number; now?: () => number } = {},
): RendererSource {
  const retryMs = options.retryMs ?? 30_000;
  const now = options.now ?? Date.now;
  let loaded: StorefrontRenderer | undefined;
  let failedAt: number | undefined;
  let warned = false;
  let loading: Promise<StorefrontRenderer | null> | undefined;

  const load = async (): Promise<StorefrontRenderer | null> => {
    try {
      const module = (await import(moduleUrl)) as Partial<StorefrontRenderer>;
      if (typeof module.render !== 'function') throw new Error('it exports no render function');
      loaded = { render: module.render };
      return loaded;
    } catch (error) {
      failedAt = now();
      if (!warned) {
        warned = true;
        const reason = error instanceof Error ? error.message : String(error);
        warn(
          `storefront pages go out without the app's markup: its server build at ${moduleUrl} could not be loaded (${reason})`,
        );
      }
      return null;
    }
  };
  return {
    async get() {
      if (loaded) return loaded;
      if (failedAt !== undefined && now() - failedAt < retryMs) return null;
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return loading;
    },
  };
}
