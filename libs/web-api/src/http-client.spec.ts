import { ApiError } from './api-error.js';
import { buildUrl, createHttpClient } from './http-client.js';

interface SeenRequest {
  url: string;
  init: RequestInit | undefined;
}

function stubFetch(respond: (seen: SeenRequest) => Response | Promise<Response>) {
  const seen: SeenRequest[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    const request = { url: String(input), init };
    seen.push(request);
    return respond(request);
  };
  return { fetchStub, seen };
}

const envelope = (status: number, payload: object) =>
  new Response(JSON.stringify({ httpStatus: status, ...payload }), { status });

describe('createHttpClient', () => {
  it('when a call succeeds, then the payload is unwrapped and the cookie is sent', async () => {
    const { fetchStub, seen } = stubFetch(() =>
      envelope(200, { status: 'successful', responseData: { docs: [] } }),
    );
    const client = createHttpClient({ baseUrl: 'http://api.test/', fetch: fetchStub });

    const result = await client.request({
      method: 'POST',
      path: '/catalog/search',
      body: { a: 1 },
    });

    expect(result).toEqual({ docs: [] });
    expect(seen[0]?.url).toBe('http://api.test/catalog/search');
    expect(seen[0]?.init?.credentials).toBe('include');
    expect(seen[0]?.init?.body).toBe('{"a":1}');
    expect((seen[0]?.init?.headers as Record<string, string>)['Content-Type']).toBe(
      'application/json',
    );
  });

  it('when the UI language changes, then each request names the language in use', async () => {
    const { fetchStub, seen } = stubFetch(() => envelope(200, { responseData: true }));
    let language = 'pt-PT';
    const client = createHttpClient({
      baseUrl: 'http://api.test',
      fetch: fetchStub,
      language: () => language,
    });

    await client.request({ method: 'GET', path: '/a' });
    language = 'en-GB';
    await client.request({ method: 'GET', path: '/b' });

    const sent = seen.map((s) => (s.init?.headers as Record<string, string>)['Accept-Language']);
    expect(sent).toEqual(['pt-PT', 'en-GB']);
  });

  it('when the server answers with a failure envelope, then an ApiError carries errorDetails', async () => {
    const { fetchStub } = stubFetch(() =>
      envelope(406, { status: 'failed', errorDetails: 'checkout does not belong to you' }),
    );
    const client = createHttpClient({ baseUrl: 'http://api.test', fetch: fetchStub });

    const error = await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'server',
      status: 406,
      errorDetails: 'checkout does not belong to you',
    });
    expect(client.reachability.reachable).toBe(true);
  });

  it('when fetch rejects, then the error is a network error and the server is unreachable', async () => {
    const { fetchStub } = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const client = createHttpClient({ baseUrl: 'http://api.test', fetch: fetchStub });
    const changes: boolean[] = [];
    client.reachability.subscribe((reachable) => changes.push(reachable));

    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({
      kind: 'network',
      status: 0,
    });
    expect(client.reachability.reachable).toBe(false);
    expect(changes).toEqual([false]);
  });

  it('when the next call gets an answer, then the server is reachable again', async () => {
    let fail = true;
    const { fetchStub } = stubFetch(() =>
      fail ? Promise.reject(new TypeError('down')) : new Response('true', { status: 200 }),
    );
    const client = createHttpClient({ baseUrl: 'http://api.test', fetch: fetchStub });
    await client.request({ method: 'GET', path: '/x' }).catch(() => undefined);
    fail = false;

    await expect(client.request({ method: 'GET', path: '/x' })).resolves.toBe(true);
    expect(client.reachability.reachable).toBe(true);
  });

  it('when the edge router answers 502 in plain text, then the server counts as unreachable', async () => {
    const { fetchStub } = stubFetch(() => new Response('Bad Gateway', { status: 502 }));
    const client = createHttpClient({ baseUrl: 'http://api.test', fetch: fetchStub });

    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({
      kind: 'server',
      status: 502,
    });
    expect(client.reachability.reachable).toBe(false);
  });

  it('when the server does not answer in time, then the call fails with a timeout', async () => {
    const { fetchStub } = stubFetch(
      ({ init }) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const client = createHttpClient({
      baseUrl: 'http://api.test',
      fetch: fetchStub,
      timeoutMs: 20,
    });

    await expect(client.request({ method: 'GET', path: '/slow' })).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(client.reachability.reachable).toBe(false);
  });

  it('when the caller aborts, then the error says so and reachability is untouched', async () => {
    const { fetchStub } = stubFetch(
      ({ init }) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const client = createHttpClient({ baseUrl: 'http://api.test', fetch: fetchStub });
    const controller = new AbortController();
    const pending = client.request({ method: 'GET', path: '/x', signal: controller.signal });
    controller.abort();

    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    expect(client.reachability.reachable).toBe(true);
  });
});

describe('buildUrl', () => {
  it('when query values are given, then undefined ones are left out and the rest encoded', () => {
    expect(buildUrl('http://a.test/', '/ui/featured', { name: 'home page', x: undefined })).toBe(
      'http://a.test/ui/featured?name=home+page',
    );
  });
});
