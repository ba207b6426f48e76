import type { Ref } from 'vue';
import { explainFailure, type FailureLike } from './explain-failure.js';
import type { FailureLocale } from './failure-messages.js';

/** The app's own sentences for what no server code names. */
export type FailureTextKey =
  | 'error.network'
  | 'error.timeout'
  | 'error.aborted'
  | 'error.tooManyRequests'
  | 'error.unexpected';

export interface FailureTextI18n {
  t(key: FailureTextKey): string;
  readonly locale: Readonly<Ref<FailureLocale>>;
}

export interface FailureTexts {
  /** One sentence in place of the failed action. */
  errorText(error: unknown): string;
  /** Per-field sentences of a refusal (keyed by path and by last path segment), or none. */
  fieldErrorsOf(error: unknown): Readonly<Record<string, string>>;
  /** The refused fields as a list (path and sentence), for forms whose fields are not named alike. */
  fieldIssuesOf(error: unknown): readonly { path: string; message: string }[];
}

/**
 * The sentences to show in place of a failed action, always in the page's language: the server's
 * code picks them (its English `errorDetails` is for logs and Veniqa's clients, never shown here).
 * `isFailure` recognises the app's API errors (an `ApiError` of @aneis/web-api, which this library
 * does not import); `i18n` is read at each call, so the page's current language is used.
 */
export function failureTexts(
  isFailure: (error: unknown) => error is FailureLike,
  i18n: () => FailureTextI18n,
): FailureTexts {
  const refusal = (error: unknown) =>
    isFailure(error) && (error.fields ?? []).length > 0
      ? explainFailure(error, i18n().locale.value)
      : undefined;
  return {
    errorText(error) {
      const { t, locale } = i18n();
      if (!isFailure(error)) return t('error.unexpected');
      if (error.kind === 'network') return t('error.network');
      if (error.kind === 'timeout') return t('error.timeout');
      if (error.kind === 'aborted') return t('error.aborted');
      if (error.status === 429 && error.code !== 'ACCOUNT_LOCKED')
        return t('error.tooManyRequests');
      return explainFailure(error, locale.value).message;
    },
    fieldErrorsOf: (error) => refusal(error)?.fieldErrors ?? {},
    fieldIssuesOf: (error) => refusal(error)?.issues ?? [],
  };
}
