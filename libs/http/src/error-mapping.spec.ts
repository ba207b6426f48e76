import { Conflict, ServiceUnavailable } from '@aneis/errors';
import { z } from 'zod';
import { mapError } from './error-mapping.js';

describe('mapError', () => {
  it('when an AppError is 4xx, then it is expected and keeps message and code', () => {
    expect(mapError(new Conflict('E-mail already registered', { code: 'EMAIL_TAKEN' }))).toEqual({
      status: 409,
      message: 'E-mail already registered',
      code: 'EMAIL_TAKEN',
      unexpected: false,
    });
  });

  it('when an AppError is 5xx, then its message is shown but it is logged as unexpected', () => {
    expect(mapError(new ServiceUnavailable('Payments are down'))).toEqual({
      status: 503,
      message: 'Payments are down',
      code: 'SERVICE_UNAVAILABLE',
      unexpected: true,
    });
  });

  it('when a 5xx AppError says when to come back, then it is a deliberate refusal: Retry-After, not logged as a bug', () => {
    expect(mapError(new ServiceUnavailable('Busy', { retryAfterSeconds: 3 }))).toEqual({
      status: 503,
      message: 'Busy',
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 3,
      unexpected: false,
    });
  });

  it.each([
    ["Stream isn't writeable and enableOfflineQueue options is false", 'Error'],
    ['Connection is closed.', 'Error'],
    ['Command timed out', 'Error'],
    ['Reached the max retries per request limit (which is 1).', 'MaxRetriesPerRequestError'],
    ['Redis did not answer within 1000 ms', 'RedisUnavailableError'],
  ])(
    'when Redis is unreachable (%s), then the answer is 503 with Retry-After, not 500',
    (text, name) => {
      const error = Object.assign(new Error(text), { name });
      expect(mapError(error)).toMatchObject({
        status: 503,
        retryAfterSeconds: 1,
        unexpected: false,
      });
      expect(mapError(error).message).toMatch(/briefly unavailable/);
    },
  );

  it('when Redis answers with an error of its own (WRONGTYPE), then it stays an internal error', () => {
    const error = Object.assign(new Error('WRONGTYPE Operation against a key'), {
      name: 'ReplyError',
    });
    expect(mapError(error)).toEqual({ status: 500, code: 'INTERNAL_ERROR', unexpected: true });
  });

  it('when zod fails at the root and in nested fields, then every path is named', () => {
    const result = z
      .object({ pagingOptions: z.object({ page: z.number() }) })
      .safeParse({ pagingOptions: { page: 'one' } });
    const root = z.string().safeParse(42);
    expect(mapError(result.error).message).toMatch(/^Invalid request: pagingOptions\.page: /);
    expect(mapError(root.error).message).toMatch(/^Invalid request: Invalid input/);
  });

  it('when zod reports many issues, then the list is capped', () => {
    const shape = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, z.string()]));
    const result = z.object(shape).safeParse({});
    const message = mapError(result.error).message ?? '';
    expect(message).toContain('(and 2 more)');
    expect(message).not.toContain('f11');
  });

  it('when mongoose validation fails, then fields and rule kinds are named without values', () => {
    const error = {
      name: 'ValidationError',
      message: 'User validation failed: email: secret@example.com is invalid',
      errors: {
        email: { kind: 'regexp', value: 'secret@example.com' },
        name: { kind: 'required' },
      },
    };
    expect(mapError(error)).toEqual({
      status: 400,
      message: 'Validation failed: email (regexp), name (required)',
      code: 'VALIDATION_FAILED',
      fields: [
        { path: 'email', code: 'invalid_format' },
        { path: 'name', code: 'required' },
      ],
      unexpected: false,
    });
  });

  it('when an AppError has no code of its own, then it gets its status code', () => {
    expect(mapError(new ServiceUnavailable()).code).toBe('SERVICE_UNAVAILABLE');
    expect(mapError(new Conflict('Taken', { fields: [{ path: 'email', code: 'taken' }] }))).toEqual(
      {
        status: 409,
        message: 'Taken',
        code: 'CONFLICT',
        fields: [{ path: 'email', code: 'taken' }],
        unexpected: false,
      },
    );
  });

  it('when a unique index refuses a value, then the field is named as taken', () => {
    expect(mapError({ code: 11000, keyValue: { email: 'a@b.c' } })).toMatchObject({
      status: 409,
      code: 'DUPLICATE',
      fields: [{ path: 'email', code: 'taken' }],
    });
  });

  it('when a duplicate key error has no keyValue, then 409 still comes back', () => {
    expect(mapError({ code: 11000, errmsg: 'E11000' })).toMatchObject({ status: 409 });
  });

  it('when an http-errors error is exposable, then its 4xx status and message are kept', () => {
    const error = Object.assign(new Error('unsupported charset "UTF-7"'), {
      status: 415,
      expose: true,
      type: 'charset.unsupported',
    });
    expect(mapError(error)).toEqual({
      status: 415,
      message: 'unsupported charset "UTF-7"',
      code: 'UNSUPPORTED_MEDIA_TYPE',
      unexpected: false,
    });
  });

  it('when an error claims a status but is not exposable, then it stays an opaque 500', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:27017'), { status: 400 });
    expect(mapError(error)).toEqual({ status: 500, code: 'INTERNAL_ERROR', unexpected: true });
  });

  it('when the thrown value is not an object, then it is an opaque 500', () => {
    expect(mapError('oops')).toEqual({ status: 500, code: 'INTERNAL_ERROR', unexpected: true });
    expect(mapError(undefined)).toEqual({ status: 500, code: 'INTERNAL_ERROR', unexpected: true });
  });
});
