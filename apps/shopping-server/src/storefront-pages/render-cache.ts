import type {
  StorefrontRenderer,
  StorefrontRenderRequest,
  StorefrontRenderResult,
} from '@aneis/contracts';
import { createHash } from 'node:crypto';
import type { RendererSource } from './storefront-renderer.js';

export interface RenderCacheLimits {
  /** Most pages kept. */
  maxEntries: number;
  /** Most characters (HTML and state together) kept across all pages. */
  maxChars: number;
}

export const DEFAULT_RENDER_CACHE_LIMITS: RenderCacheLimits = {
  maxEntries: 2_000,
  maxChars: 16_000_000,
};

/**
 * The whole request, data and viewer included, is the key: a page whose product, category or
 * shopper changed is another key and is rendered afresh, so nothing needs emptying and no
 * shopper is ever handed a page rendered for someone else.
 */
function requestKey(request: StorefrontRenderRequest): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}

const sizeOf = (result: StorefrontRenderResult) => result.html.length + result.state.length;

/**
 * A render costs milliseconds of CPU and its output depends only on its request, so the same
 * request reuses the last render (least recently used pages go first beyond the limits), and
 * identical requests arriving together wait for one render instead of each doing it.
 */
export function cachingRenderer(
  inner: StorefrontRenderer,
  limits: RenderCacheLimits = DEFAULT_RENDER_CACHE_LIMITS,
): StorefrontRenderer {
  const kept = new Map<string, StorefrontRenderResult>();
  const rendering = new Map<string, Promise<StorefrontRenderResult>>();
  let chars = 0;

  const keep = (key: string, result: StorefrontRenderResult) => {
    const size = sizeOf(result);
    if (size > limits.maxChars) return;
    kept.set(key, result);
    chars += size;
    for (const [oldKey, old] of kept) {
      if (kept.size <= limits.maxEntries && chars <= limits.maxChars) break;
      kept.delete(oldKey);
      chars -= sizeOf(old);
    }
  };

  return {
    render(request) {
      const key = requestKey(request);
      const hit = kept.get(key);
      if (hit) {
        // Map order is insertion order: moving the hit to the end makes the first entry the LRU.
        kept.delete(key);
        kept.set(key, hit);
        return Promise.resolve(hit);
      }
      const pending = rendering.get(key);
      if (pending) return pending;
      const started = inner
        .render(request)
        .then((result) => {
          keep(key, result);
          return result;
        })
        .finally(() => rendering.delete(key));
      rendering.set(key, started);
      return started;
    },
  };
}

/** `source`'s renderer behind one render cache (kept across the pages it serves). */
export function cachingRendererSource(
  source: RendererSource,
  limits: RenderCacheLimits = DEFAULT_RENDER_CACHE_LIMITS,
): RendererSource {
  let wrapped: { inner: StorefrontRenderer; caching: StorefrontRenderer } | undefined;
  return {
    async get() {
      const inner = await source.get();
      if (!inner) return null;
      if (wrapped?.inner !== inner) wrapped = { inner, caching: cachingRenderer(inner, limits) };
      return wrapped.caching;
    },
  };
}
