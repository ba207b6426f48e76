/**
 * @aneis/ui: Vue components and helpers both webclients share. Shipped as source: each
 * webclient's Vite build compiles the single-file components.
 */
export { default as ConfirmDialog, type ConfirmQuestion } from './ConfirmDialog.vue';
export { default as DataTable, type DataColumn } from './DataTable.vue';
export { default as ErrorMessage } from './ErrorMessage.vue';
export { default as FormField } from './FormField.vue';
export { default as LanguageSwitch } from './LanguageSwitch.vue';
export { default as LoadingIndicator } from './LoadingIndicator.vue';
export { default as OfflineBanner } from './OfflineBanner.vue';
export { default as PaginationNav } from './PaginationNav.vue';
export { default as PriceDisplay } from './PriceDisplay.vue';
export {
  createI18n,
  interpolate,
  type I18n,
  type I18nOptions,
  type MessageParams,
} from './i18n.js';
export { formatMoney } from './money-format.js';
export { useLatestLoad, type LatestLoad } from './use-latest-load.js';
export {
  explainFailure,
  explainFieldIssue,
  type ExplainedFailure,
  type FailureLike,
} from './failures/explain-failure.js';
export { failureMessages, type FailureLocale } from './failures/failure-messages.js';
export {
  failureTexts,
  type FailureTextI18n,
  type FailureTextKey,
  type FailureTexts,
} from './failures/failure-texts.js';
