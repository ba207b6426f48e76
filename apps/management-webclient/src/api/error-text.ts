import { isApiError } from '@aneis/web-api';
import { useI18n } from '../i18n/i18n.js';

/** The sentence to show in place of a failed action: the server's own words when it answered. */
export function errorText(error: unknown): string {
  const { t } = useI18n();
  if (isApiError(error)) {
    if (error.kind === 'network') return t('error.network');
    if (error.kind === 'timeout') return t('error.timeout');
    if (error.kind === 'aborted') return t('error.aborted');
    if (error.status === 429) return t('error.tooManyRequests');
    return error.errorDetails;
  }
  return t('error.unexpected');
}
