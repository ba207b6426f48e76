import type { SignupBodyInput, StorefrontViewer } from '@aneis/contracts';
import { isApiError } from '@aneis/web-api';
import { defineStore } from 'pinia';
import { useShoppingApi } from '../api/shopping-api.js';

export interface SessionUser {
  email: string;
  name: string;
  emailConfirmed: boolean;
}

const STORAGE_KEY = 'aneis.shop.user';

/** The server session is the truth; this mirror only remembers who to greet between visits. */
function readMirror(): SessionUser | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  } catch {
    return null;
  }
}

function writeMirror(user: SessionUser | null): void {
  try {
    if (user) localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode); the session cookie still works.
  }
}

export const useSessionStore = defineStore('session', {
  state: () => ({ user: readMirror(), checked: false }),
  getters: {
    loggedIn: (state) => state.user !== null,
  },
  actions: {
    setUser(user: SessionUser | null) {
      this.user = user;
      writeMirror(user);
    },
    /** Asks the server once whether the session is still alive. */
    async check(): Promise<boolean> {
      if (this.checked) return this.loggedIn;
      try {
        const loggedIn = await useShoppingApi().call('GET /security/isLoggedIn');
        if (!loggedIn) this.setUser(null);
        else if (!this.user) this.setUser({ email: '', name: '', emailConfirmed: true });
        this.checked = true;
      } catch (error) {
        // Unreachable server: keep the mirror so the shop still renders; retry next time.
        if (!isApiError(error) || error.kind === 'server') this.checked = true;
      }
      return this.loggedIn;
    },
    async login(email: string, password: string): Promise<void> {
      const summary = await useShoppingApi().call('POST /security/login', {
        body: { email, password },
      });
      this.setUser({
        email: summary.email,
        name: summary.name,
        emailConfirmed: summary.emailConfirmed,
      });
      this.checked = true;
    },
    async signup(body: SignupBodyInput): Promise<void> {
      await useShoppingApi().call('POST /security/signup', { body });
    },
    async logout(): Promise<void> {
      await useShoppingApi().call('POST /security/logout');
      this.setUser(null);
    },
    /**
     * The server renders the page for the shopper its session names: the header greets them
     * from the first HTML, and the browser need not ask again whether they are logged in.
     */
    renderedFor(viewer: StorefrontViewer) {
      this.user = { email: '', name: viewer.name, emailConfirmed: true };
      this.checked = true;
    },
    /**
     * Once the server's page is hydrated: the mirror still holds the e-mail and its confirmation
     * when it is the same shopper; otherwise it learns who the server says is logged in.
     */
    settleRenderedUser() {
      if (!this.user) return;
      const mirror = readMirror();
      this.setUser(mirror?.name === this.user.name ? mirror : this.user);
    },
    /** A 401 from any call means the session ended on the server. */
    forget() {
      this.setUser(null);
    },
    markEmailConfirmed() {
      if (this.user) this.setUser({ ...this.user, emailConfirmed: true });
    },
  },
});
