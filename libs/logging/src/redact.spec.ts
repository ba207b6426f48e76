import { CIRCULAR, REDACTED, isSensitiveKey, redact } from './redact.js';

describe('redact', () => {
  it('when secrets are nested in objects and arrays, then each is replaced at any depth', () => {
    const input = {
      user: { email: 'ann@example.com', password: 'hunter2', profile: { apiKey: 'k-1' } },
      headers: { Authorization: 'Bearer abc', 'set-cookie': ['sid=1'], Cookie: 'sid=1' },
      attempts: [{ token: 't-1' }, { passwd: 'p', api_key: 'k-2', sessionId: 's-1' }],
      passwordHash: '$2a$12$abc',
      keep: 'visible',
    };

    expect(redact(input)).toEqual({
      user: { email: 'ann@example.com', password: REDACTED, profile: { apiKey: REDACTED } },
      headers: { Authorization: REDACTED, 'set-cookie': REDACTED, Cookie: REDACTED },
      attempts: [{ token: REDACTED }, { passwd: REDACTED, api_key: REDACTED, sessionId: REDACTED }],
      passwordHash: REDACTED,
      keep: 'visible',
    });
  });

  it('when redacting, then the original object is left exactly as it was', () => {
    const input = { user: { password: 'hunter2' }, list: [{ secret: 's' }] };
    const before = structuredClone(input);

    const output = redact(input);

    expect(input).toEqual(before);
    expect(output).not.toBe(input);
  });

  it('when the object refers to itself, then the cycle becomes a marker instead of recursing', () => {
    const parent: Record<string, unknown> = { name: 'parent', password: 'x' };
    const child = { parent, items: [] as unknown[] };
    parent.child = child;
    child.items.push(child);

    expect(redact(parent)).toEqual({
      name: 'parent',
      password: REDACTED,
      child: { parent: CIRCULAR, items: [CIRCULAR] },
    });
  });

  it('when the same object appears twice without a cycle, then both copies are kept', () => {
    const shared = { id: 1 };

    expect(redact({ a: shared, b: shared })).toEqual({ a: { id: 1 }, b: { id: 1 } });
  });

  it('when given an Error, then name, message, stack and its own fields come out, redacted', () => {
    const cause = new Error('socket hang up');
    const error = Object.assign(new TypeError('login failed', { cause }), {
      code: 'E_LOGIN',
      password: 'hunter2',
      request: { headers: { authorization: 'Basic abc' } },
    });

    const output = redact({ err: error }) as { err: Record<string, unknown> };

    expect(output.err).toMatchObject({
      name: 'TypeError',
      message: 'login failed',
      stack: expect.stringContaining('TypeError: login failed'),
      code: 'E_LOGIN',
      password: REDACTED,
      request: { headers: { authorization: REDACTED } },
      cause: { name: 'Error', message: 'socket hang up' },
    });
    expect(error.password).toBe('hunter2');
    expect(error.request.headers.authorization).toBe('Basic abc');
  });

  it('when values have toJSON (dates), then they appear as JSON would show them', () => {
    expect(redact({ at: new Date('2024-01-02T03:04:05.000Z') })).toEqual({
      at: '2024-01-02T03:04:05.000Z',
    });
  });

  it('when given plain values, then they pass through', () => {
    expect(redact('text')).toBe('text');
    expect(redact(42)).toBe(42);
    expect(redact(null)).toBe(null);
  });

  it.each(['password', 'PASSWORD', 'newPassword', 'client_secret', 'X-Api-Key', 'csrfToken'])(
    'when the key is %s, then it counts as sensitive',
    (key) => {
      expect(isSensitiveKey(key)).toBe(true);
    },
  );

  it.each(['email', 'name', 'requestId', 'status'])(
    'when the key is %s, then it does not',
    (key) => {
      expect(isSensitiveKey(key)).toBe(false);
    },
  );
});
