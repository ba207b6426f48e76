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
      unexpected: true,
    });
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
      unexpected: false,
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
      unexpected: false,
    });
  });

  it('when an error claims a status but is not exposable, then it stays an opaque 500', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:27017'), { status: 400 });
    expect(mapError(error)).toEqual({ status: 500, unexpected: true });
  });

  it('when the thrown value is not an object, then it is an opaque 500', () => {
    expect(mapError('oops')).toEqual({ status: 500, unexpected: true });
    expect(mapError(undefined)).toEqual({ status: 500, unexpected: true });
  });
});
