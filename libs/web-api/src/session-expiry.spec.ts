import { ApiError } from './api-error.js';
import type { HttpClient, HttpRequest } from './http-client.js';
import { createReachability } from './reachability.js';
import { onSessionExpired, withSessionExpiry } from './session-expiry.js';

describe('withSessionExpiry', () => {
  function failingWith(error: ApiError): HttpClient {
    return {
      baseUrl: 'http://shop.test',
      reachability: createReachability(),
      request: () => Promise.reject(error),
    };
  }

  async function expiriesAfter(error: ApiError, request: HttpRequest): Promise<number> {
    let told = 0;
    const stop = onSessionExpired(() => (told += 1));
    try {
      await expect(withSessionExpiry(failingWith(error)).request(request)).rejects.toBe(error);
    } finally {
      stop();
    }
    return told;
  }

  const unauthorized = new ApiError('server', 401, 'Not logged in', 'UNAUTHORIZED');
  const blocked = new ApiError('server', 403, 'Account blocked', 'ACCOUNT_BLOCKED');
  const forbidden = new ApiError('server', 403, 'Forbidden', 'FORBIDDEN');

  it('when a protected route answers 401, then the listeners hear the session ended', async () => {
    expect(await expiriesAfter(unauthorized, { method: 'GET', path: '/user/address' })).toBe(1);
  });

  it('when a login answers 401 for a wrong password, then it is the form’s business, not an expiry', async () => {
    expect(await expiriesAfter(unauthorized, { method: 'POST', path: '/security/login' })).toBe(0);
  });

  it('when any route answers that the account is blocked, then the session counts as ended', async () => {
    expect(await expiriesAfter(blocked, { method: 'GET', path: '/cart' })).toBe(1);
    expect(await expiriesAfter(blocked, { method: 'POST', path: '/security/login' })).toBe(1);
  });

  it('when a route refuses for another reason, then the session stays', async () => {
    expect(await expiriesAfter(forbidden, { method: 'POST', path: '/orders/addComment' })).toBe(0);
  });
});
