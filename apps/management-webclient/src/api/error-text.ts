import { explainFailure } from '@aneis/ui';
import { isApiError } from '@aneis/web-api';
import { useI18n } from '../i18n/i18n.js';

/**
 * The sentence to show in place of a failed action, always in the page's language: the server's
 * code picks it (its English `errorDetails` is for logs and Veniqa's clients, never shown here).
 */
export function errorText(error: unknown): string {
  const { t, locale } = useI18n();
  if (isApiError(error)) {
    if (error.kind === 'network') return t('error.network');
    if (error.kind === 'timeout') return t('error.timeout');
    if (error.kind === 'aborted') return t('error.aborted');
    if (error.status === 429 && error.code !== 'ACCOUNT_LOCKED') return t('error.tooManyRequests');
    return explainFailure(error, locale.value).message;
  }
  return t('error.unexpected');
}

/** Per-field sentences of a refusal (keyed by path and by last path segment), or none. */
export function fieldErrorsOf(error: unknown): Readonly<Record<string, string>> {
  if (!isApiError(error) || error.fields.length === 0) return {};
  return explainFailure(error, useI18n().locale.value).fieldErrors;
}

/** The refused fields as a list (path and sentence), for forms whose fields are not named alike. */
export function fieldIssuesOf(error: unknown): readonly { path: string; message: string }[] {
  if (!isApiError(error) || error.fields.length === 0) return [];
  return explainFailure(error, useI18n().locale.value).issues;
}
