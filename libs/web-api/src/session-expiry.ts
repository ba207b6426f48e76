import { isApiError, type ApiError } from './api-error.js';
import type { HttpClient, HttpRequest } from './http-client.js';

type Listener = () => void;
const listeners = new Set<Listener>();

/**
 * Called when the server says the session ended: a 401 outside the login routes, or the account
 * was blocked while its session was open (the shop ends that session on its next request).
 */
export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The login and password routes answer 401 for wrong credentials: the form's business, not an
// expiry. A blocked account is told so wherever it is, login included.
function endsSession(error: ApiError, request: HttpRequest): boolean {
  if (error.code === 'ACCOUNT_BLOCKED') return true;
  return error.isUnauthorized && !request.path.startsWith('/security/');
}

/** Wraps a client so a failure that ends the session tells the listeners, then rejects as before. */
export function withSessionExpiry(http: HttpClient): HttpClient {
  return {
    baseUrl: http.baseUrl,
    reachability: http.reachability,
    async request<T>(request: HttpRequest): Promise<T> {
      try {
        return await http.request<T>(request);
      } catch (error) {
        if (isApiError(error) && endsSession(error, request)) {
          for (const listener of listeners) listener();
        }
        throw error;
      }
    },
  };
}
