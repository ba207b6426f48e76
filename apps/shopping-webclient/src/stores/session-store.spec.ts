import { createPinia, setActivePinia } from 'pinia';
import { installFakeShopServer } from '../../test/fake-shop-server.js';
import { useSessionStore } from './session-store.js';

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('when login succeeds, then the raw summary becomes the user and is remembered', async () => {
    installFakeShopServer({
      'POST /security/login': () => ({
        raw: JSON.stringify({
          email: 'ana@example.pt',
          name: 'Ana',
          referral_token: '0a1b2c3d',
          emailConfirmed: false,
        }),
      }),
    });
    const session = useSessionStore();

    await session.login('ana@example.pt', 'segredo123');

    expect(session.user).toEqual({ email: 'ana@example.pt', name: 'Ana', emailConfirmed: false });
    expect(JSON.parse(localStorage.getItem('aneis.shop.user') ?? 'null')).toMatchObject({
      name: 'Ana',
    });
  });

  it('when the server rendered the page for a logged-in shopper, then they are greeted without asking the server again', async () => {
    const { calls } = installFakeShopServer({
      'GET /security/isLoggedIn': () => ({ data: false }),
    });
    const session = useSessionStore();

    session.renderedFor({ name: 'Ana' });

    expect(session.loggedIn).toBe(true);
    expect(session.user?.name).toBe('Ana');
    await expect(session.check()).resolves.toBe(true);
    expect(calls).toEqual([]);
  });

  it('when the hydrated page is the same shopper’s the browser remembers, then their e-mail is kept; another shopper replaces the memory', () => {
    localStorage.setItem(
      'aneis.shop.user',
      JSON.stringify({ email: 'ana@example.pt', name: 'Ana', emailConfirmed: false }),
    );
    const session = useSessionStore();
    session.renderedFor({ name: 'Ana' });
    session.settleRenderedUser();
    expect(session.user).toEqual({ email: 'ana@example.pt', name: 'Ana', emailConfirmed: false });

    session.renderedFor({ name: 'Rui' });
    session.settleRenderedUser();
    expect(JSON.parse(localStorage.getItem('aneis.shop.user') ?? 'null')).toMatchObject({
      name: 'Rui',
      email: '',
    });
  });

  it('when the password is wrong, then the plain-text 401 becomes the error message', async () => {
    installFakeShopServer({
      'POST /security/login': () => ({ status: 401, raw: 'Unauthorized' }),
    });
    const session = useSessionStore();

    await expect(session.login('ana@example.pt', 'errada')).rejects.toMatchObject({
      status: 401,
      errorDetails: 'Unauthorized',
    });
    expect(session.loggedIn).toBe(false);
  });

  it('when logging out, then the session is ended with a POST (never a GET another site could send) and the user forgotten', async () => {
    localStorage.setItem('aneis.shop.user', JSON.stringify({ email: 'a@b.pt', name: 'A' }));
    const { calls } = installFakeShopServer({
      'POST /security/logout': () => ({ raw: 'logged out successfully' }),
    });
    const session = useSessionStore();

    await session.logout();

    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(['POST /security/logout']);
    expect(calls[0]?.body).toBeUndefined();
    expect(session.loggedIn).toBe(false);
  });

  it('when the server says the session ended, then the remembered user is forgotten', async () => {
    localStorage.setItem('aneis.shop.user', JSON.stringify({ email: 'a@b.pt', name: 'A' }));
    installFakeShopServer({ 'GET /security/isLoggedIn': () => ({ raw: 'false' }) });
    const session = useSessionStore();
    expect(session.loggedIn).toBe(true);

    await expect(session.check()).resolves.toBe(false);
    expect(session.user).toBeNull();
    expect(localStorage.getItem('aneis.shop.user')).toBeNull();
  });

  it('when the server cannot be reached, then the remembered user is kept and checked again later', async () => {
    localStorage.setItem('aneis.shop.user', JSON.stringify({ email: 'a@b.pt', name: 'A' }));
    const { http } = installFakeShopServer({
      'GET /security/isLoggedIn': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const session = useSessionStore();

    await expect(session.check()).resolves.toBe(true);
    expect(session.checked).toBe(false);
    expect(http.reachability.reachable).toBe(false);
  });
});
