import type {
  StorefrontRenderer,
  StorefrontRenderRequest,
  StorefrontRenderResult,
} from '@aneis/contracts';
import { cachingRenderer, cachingRendererSource } from './render-cache.js';

function countingRenderer(html: (request: StorefrontRenderRequest) => string = (r) => r.url) {
  const calls: StorefrontRenderRequest[] = [];
  const renderer: StorefrontRenderer = {
    render(request) {
      calls.push(request);
      return Promise.resolve({ html: html(request), state: '{}' });
    },
  };
  return { renderer, calls };
}

const request = (overrides: Partial<StorefrontRenderRequest> = {}): StorefrontRenderRequest => ({
  url: '/anel/aurora',
  language: 'pt',
  pageOrigin: 'https://loja.example',
  data: { product: { name: 'Aurora' } as never },
  viewer: null,
  ...overrides,
});

describe('cachingRenderer', () => {
  it('when the same page is asked for again, then it is rendered once and the same markup is reused', async () => {
    const { renderer, calls } = countingRenderer();
    const cache = cachingRenderer(renderer);

    const first = await cache.render(request());
    const second = await cache.render(request());

    expect(calls).toHaveLength(1);
    expect(second).toEqual(first);
  });

  it('when the data the server read changed, then the page is rendered afresh', async () => {
    const { renderer, calls } = countingRenderer((r) => r.data.product?.name ?? '');
    const cache = cachingRenderer(renderer);

    await cache.render(request());
    const edited = await cache.render(
      request({ data: { product: { name: 'Aurora II' } as never } }),
    );

    expect(calls).toHaveLength(2);
    expect(edited.html).toBe('Aurora II');
  });

  it('when another shopper, language or origin asks, then each gets a render of its own', async () => {
    const { renderer, calls } = countingRenderer((r) => r.viewer?.name ?? 'visitor');
    const cache = cachingRenderer(renderer);

    const visitor = await cache.render(request());
    const ana = await cache.render(request({ viewer: { name: 'Ana' } }));
    const rui = await cache.render(request({ viewer: { name: 'Rui' } }));
    await cache.render(request({ language: 'en' }));
    await cache.render(request({ pageOrigin: 'https://outra.example' }));

    expect(calls).toHaveLength(5);
    expect([visitor.html, ana.html, rui.html]).toEqual(['visitor', 'Ana', 'Rui']);
  });

  it('when the same page is asked for many times at once, then one render answers them all', async () => {
    const { renderer, calls } = countingRenderer();
    const cache = cachingRenderer(renderer);

    const results = await Promise.all(Array.from({ length: 5 }, () => cache.render(request())));

    expect(calls).toHaveLength(1);
    expect(new Set(results.map((r) => r.html))).toEqual(new Set(['/anel/aurora']));
  });

  it('when more pages than it may keep are rendered, then the least recently used go first', async () => {
    const { renderer, calls } = countingRenderer();
    const cache = cachingRenderer(renderer, { maxEntries: 2, maxChars: 1_000 });

    await cache.render(request({ url: '/a' }));
    await cache.render(request({ url: '/b' }));
    await cache.render(request({ url: '/a' })); // /a is now the most recent
    await cache.render(request({ url: '/c' })); // pushes /b out
    await cache.render(request({ url: '/a' }));
    await cache.render(request({ url: '/b' }));

    expect(calls.map((r) => r.url)).toEqual(['/a', '/b', '/c', '/b']);
  });

  it('when pages hold more characters than it may keep, then old ones go and an oversized one is not kept', async () => {
    const { renderer, calls } = countingRenderer((r) => r.url.padEnd(10, '.'));
    // Each page is 10 characters of HTML and 2 of state.
    const cache = cachingRenderer(renderer, { maxEntries: 100, maxChars: 25 });

    await cache.render(request({ url: '/a' }));
    await cache.render(request({ url: '/b' }));
    await cache.render(request({ url: '/c' })); // 36 characters: /a goes
    await cache.render(request({ url: '/b' }));
    await cache.render(request({ url: '/a' }));
    expect(calls.map((r) => r.url)).toEqual(['/a', '/b', '/c', '/a']);

    const { renderer: counted, calls: bigCalls } = countingRenderer((r) => r.url.repeat(20));
    const bigCache = cachingRenderer(counted, { maxEntries: 100, maxChars: 25 });
    await bigCache.render(request({ url: '/big' }));
    await bigCache.render(request({ url: '/big' }));
    expect(bigCalls).toHaveLength(2);
  });

  it('when a render fails, then the failure is not kept and the next request renders again', async () => {
    let fail = true;
    const calls: string[] = [];
    const cache = cachingRenderer({
      render(r): Promise<StorefrontRenderResult> {
        calls.push(r.url);
        if (fail) return Promise.reject(new Error('broken'));
        return Promise.resolve({ html: 'ok', state: '{}' });
      },
    });

    await expect(cache.render(request())).rejects.toThrow('broken');
    fail = false;
    await expect(cache.render(request())).resolves.toEqual({ html: 'ok', state: '{}' });
    expect(calls).toHaveLength(2);
  });
});

describe('cachingRendererSource', () => {
  it('when the renderer cannot be loaded, then there is none; once loaded, its renders are cached', async () => {
    const { renderer, calls } = countingRenderer();
    let loaded: StorefrontRenderer | null = null;
    const source = cachingRendererSource({ get: () => Promise.resolve(loaded) });

    await expect(source.get()).resolves.toBeNull();
    loaded = renderer;
    await (await source.get())?.render(request());
    await (await source.get())?.render(request());
    expect(calls).toHaveLength(1);
  });
});
