import {
  AppError,
  BadInput,
  Conflict,
  Forbidden,
  Gone,
  isAppError,
  MethodNotAllowed,
  NotAcceptable,
  NotFound,
  PayloadTooLarge,
  ServiceUnavailable,
  TooManyRequests,
  TransitionNotAllowed,
  Unauthorized,
  UnsupportedMediaType,
} from './index.js';

describe('typed errors', () => {
  it.each([
    [BadInput, 400, 'Bad Request', 'BadInput'],
    [Unauthorized, 401, 'Unauthorized', 'Unauthorized'],
    [Forbidden, 403, 'Forbidden', 'Forbidden'],
    [NotFound, 404, 'Not Found', 'NotFound'],
    [MethodNotAllowed, 405, 'Method Not Allowed', 'MethodNotAllowed'],
    [TransitionNotAllowed, 405, 'Transition Not Allowed', 'TransitionNotAllowed'],
    [NotAcceptable, 406, 'Not Acceptable', 'NotAcceptable'],
    [Conflict, 409, 'Conflict', 'Conflict'],
    [Gone, 410, 'Gone', 'Gone'],
    [PayloadTooLarge, 413, 'Payload Too Large', 'PayloadTooLarge'],
    [UnsupportedMediaType, 415, 'Unsupported Media Type', 'UnsupportedMediaType'],
    [TooManyRequests, 429, 'Too Many Requests', 'TooManyRequests'],
    [ServiceUnavailable, 503, 'Service Unavailable', 'ServiceUnavailable'],
  ] as const)(
    'when %o is thrown without a message, then it carries status %i and the reason phrase',
    (ErrorClass, status, reason, name) => {
      const error = new ErrorClass();
      expect(error).toBeInstanceOf(AppError);
      expect(error).toBeInstanceOf(Error);
      expect(error.status).toBe(status);
      expect(error.message).toBe(reason);
      expect(error.name).toBe(name);
      expect(error.stack).toContain(name);
    },
  );

  it('when given a message, code and details, then it keeps them', () => {
    const error = new NotAcceptable('Checkout not found', {
      code: 'CHECKOUT_NOT_FOUND',
      details: { checkoutId: 'abc' },
    });
    expect(error.message).toBe('Checkout not found');
    expect(error.code).toBe('CHECKOUT_NOT_FOUND');
    expect(error.details).toEqual({ checkoutId: 'abc' });
  });

  it('when a cause is given, then it is kept for logs', () => {
    const cause = new Error('socket hang up');
    const error = new ServiceUnavailable('Payment provider unavailable', { cause });
    expect(error.cause).toBe(cause);
  });

  it('when a retry delay is given, then it is kept in whole seconds of at least one', () => {
    expect(new ServiceUnavailable('busy', { retryAfterSeconds: 2.2 }).retryAfterSeconds).toBe(3);
    expect(new ServiceUnavailable('busy', { retryAfterSeconds: 0 }).retryAfterSeconds).toBe(1);
    expect(new ServiceUnavailable('busy').retryAfterSeconds).toBeUndefined();
  });

  it('when a transition is refused, then it is a 405 with a stable code and still a MethodNotAllowed', () => {
    const error = new TransitionNotAllowed('Order is already cancelled');
    expect(error).toBeInstanceOf(MethodNotAllowed);
    expect(error.status).toBe(405);
    expect(error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('when the transition code is overridden, then the caller code wins', () => {
    expect(new TransitionNotAllowed('x', { code: 'LINE_LOCKED' }).code).toBe('LINE_LOCKED');
  });

  it('when built with a status outside 400-599, then it refuses', () => {
    expect(() => new AppError('fine', 200)).toThrow(RangeError);
    expect(() => new AppError('odd', 404.5)).toThrow(RangeError);
  });

  it('when serialized to JSON, then no brand or cause leaks', () => {
    const error = new Conflict('E-mail already registered', { cause: new Error('E11000') });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'Conflict',
      status: 409,
    });
  });
});

describe('isAppError', () => {
  it('when given an AppError, then it says yes', () => {
    expect(isAppError(new NotFound())).toBe(true);
    expect(isAppError(new AppError('teapot', 418))).toBe(true);
  });

  it('when given a plain error, a look-alike object or nothing, then it says no', () => {
    expect(isAppError(new Error('Not Found'))).toBe(false);
    expect(isAppError({ status: 404, message: 'Not Found' })).toBe(false);
    expect(isAppError(null)).toBe(false);
    expect(isAppError('Not Found')).toBe(false);
  });

  it('when an error comes from another copy of this module, then the brand still recognises it', () => {
    const foreign = Object.assign(new Error('Gone'), { status: 410 });
    Object.defineProperty(foreign, Symbol.for('@aneis/errors/AppError'), { value: true });
    expect(isAppError(foreign)).toBe(true);
  });
});

describe('field errors', () => {
  it('when an error names the fields it is about, then it keeps them for the client', () => {
    const error = new Conflict('E-mail already registered', {
      code: 'EMAIL_TAKEN',
      fields: [{ path: 'email', code: 'taken' }],
    });
    expect(error.fields).toEqual([{ path: 'email', code: 'taken' }]);
    expect(new NotFound().fields).toBeUndefined();
  });
});
