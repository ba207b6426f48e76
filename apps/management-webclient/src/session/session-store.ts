import type { AdminSummary } from '@aneis/contracts';
import { isApiError } from '@aneis/web-api';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useManagementApi } from '../api/management-api.js';
import { canAccess, type Access } from './permissions.js';

const STORAGE_KEY = 'aneis.admin.session';

/**
 * The server only answers "logged in or not", so who the admin is (and what they may do) is
 * remembered from the login answer, as Veniqa's client did. It only drives what the UI shows:
 * the server checks every permission again.
 */
function readMirror(): AdminSummary | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<AdminSummary>;
    if (typeof parsed.email !== 'string' || !Array.isArray(parsed.permissions)) return null;
    return { email: parsed.email, name: parsed.name ?? '', permissions: parsed.permissions };
  } catch {
    return null;
  }
}

function writeMirror(admin: AdminSummary | null): void {
  try {
    if (admin) localStorage.setItem(STORAGE_KEY, JSON.stringify(admin));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode); the session then lasts for this tab only.
  }
}

export const useSessionStore = defineStore('session', () => {
  const admin = ref<AdminSummary | null>(readMirror());
  const checked = ref(false);
  const loggedIn = computed(() => admin.value !== null);
  const permissions = computed<readonly string[]>(() => admin.value?.permissions ?? []);

  function setAdmin(next: AdminSummary | null): void {
    admin.value = next;
    writeMirror(next);
  }

  function can(access: Access | undefined): boolean {
    return loggedIn.value && canAccess(permissions.value, access);
  }

  /** Asks the server once per page load whether the session is still alive. */
  async function check(): Promise<boolean> {
    if (checked.value) return loggedIn.value;
    try {
      const alive = await useManagementApi().call('GET /security/isLoggedIn');
      // A live session without a remembered identity cannot drive the menus: log in again.
      if (!alive || !admin.value) setAdmin(null);
      checked.value = true;
    } catch (error) {
      // Unreachable server: keep the mirror so the UI renders; ask again on the next page.
      if (!isApiError(error) || error.kind === 'server') checked.value = true;
    }
    return loggedIn.value;
  }

  async function login(email: string, password: string): Promise<void> {
    const summary = await useManagementApi().call('POST /security/login', {
      body: { email, password },
    });
    setAdmin({ email: summary.email, name: summary.name, permissions: summary.permissions });
    checked.value = true;
  }

  async function logout(): Promise<void> {
    try {
      await useManagementApi().call('POST /security/logout');
    } finally {
      setAdmin(null);
    }
  }

  /** The server said the session ended (401). */
  function forget(): void {
    setAdmin(null);
    checked.value = true;
  }

  return { admin, checked, loggedIn, permissions, can, check, login, logout, forget };
});
