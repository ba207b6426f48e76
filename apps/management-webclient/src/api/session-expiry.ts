import { isApiError, type HttpClient } from '@aneis/web-api';

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called when the server says the session ended (a 401 outside the login routes). */
export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Wraps a client so any 401 on a protected route tells the listeners; the login and password
 * routes answer 401 for wrong credentials, which is the form's business, not an expiry.
 */
export function withSessionExpiry(http: HttpClient): HttpClient {
  return {
    baseUrl: http.baseUrl,
    reachability: http.reachability,
    async request<T>(request: Parameters<HttpClient['request']>[0]): Promise<T> {
      try {
        return await http.request<T>(request);
      } catch (error) {
        if (isApiError(error) && error.isUnauthorized && !request.path.startsWith('/security/')) {
          for (const listener of listeners) listener();
        }
        throw error;
      }
    },
  };
}
