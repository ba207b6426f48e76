import {
  createHttpClient,
  createManagementApi,
  resolveApiBaseUrl,
  withSessionExpiry,
  type ManagementApi,
} from '@aneis/web-api';
import { useI18n } from '../i18n/i18n.js';

let current: ManagementApi | undefined;

function defaultApi(): ManagementApi {
  const baseUrl = resolveApiBaseUrl(
    import.meta.env.VITE_API_BASE_URL,
    window.location,
    'management',
  );
  const { intlLocale } = useI18n();
  // The server writes the mails a request causes (an invitation, a reset) in this language.
  return createManagementApi(
    withSessionExpiry(createHttpClient({ baseUrl, language: () => intlLocale.value })),
  );
}

/** The one client every store and page uses (created on first use). */
export function useManagementApi(): ManagementApi {
  current ??= defaultApi();
  return current;
}

/** Tests point the app at a stubbed server (session expiry is still reported). */
export function setManagementApi(api: ManagementApi): void {
  current = createManagementApi(withSessionExpiry(api.http));
}
