import type { FieldIssue } from '@aneis/contracts/constants';
import { interpolate } from '../i18n.js';
import { failureMessages, withoutLimit, type FailureLocale } from './failure-messages.js';

/**
 * The parts of a failed call this needs (an `ApiError` of @aneis/web-api fits), so the UI
 * library stays free of the HTTP client.
 */
export interface FailureLike {
  kind?: string;
  status: number;
  code?: string;
  fields?: readonly FieldIssue[];
}

export interface ExplainedFailure {
  /** One sentence for the whole form or page, in the page's language. */
  message: string;
  /**
   * A sentence per refused field, keyed by the server's dotted path and also by its last segment
   * (`address.postalCode` and `postalCode`), so a form can look its own field names up.
   */
  fieldErrors: Readonly<Record<string, string>>;
  /** The same, one entry per refused path, for forms that list them rather than place them. */
  issues: readonly { path: string; message: string }[];
}

/** A field issue in words; the first issue of a field wins (zod reports the most basic first). */
export function explainFieldIssue(issue: FieldIssue, locale: FailureLocale): string {
  const messages = failureMessages[locale];
  const template = messages.fields[issue.code];
  if (template === undefined) return messages.fieldGeneric;
  if (template.includes('{limit}') && issue.limit === undefined) {
    return withoutLimit[locale][issue.code] ?? messages.fieldGeneric;
  }
  return interpolate(template, issue.limit === undefined ? undefined : { limit: issue.limit });
}

export function explainFailure(failure: FailureLike, locale: FailureLocale): ExplainedFailure {
  const messages = failureMessages[locale];
  const none = { fieldErrors: {}, issues: [] };
  if (failure.kind === 'network') return { message: messages.network, ...none };
  if (failure.kind === 'timeout') return { message: messages.timeout, ...none };
  if (failure.kind === 'aborted') return { message: messages.aborted, ...none };

  const fieldErrors: Record<string, string> = {};
  const issues: { path: string; message: string }[] = [];
  for (const issue of failure.fields ?? []) {
    const text = explainFieldIssue(issue, locale);
    if (!issues.some((listed) => listed.path === issue.path)) {
      issues.push({ path: issue.path, message: text });
    }
    const last = issue.path.split('.').at(-1) ?? issue.path;
    for (const key of new Set([issue.path, last])) fieldErrors[key] ??= text;
  }
  const code = failure.code;
  const byCode = code === undefined ? undefined : messages.codes[code];
  // Old servers send no code: the status still says something a shopper can act on.
  const byStatus = code === undefined ? messages.codes[statusCode(failure.status)] : undefined;
  const hasFields = Object.keys(fieldErrors).length > 0;
  const message = byCode ?? byStatus ?? (hasFields ? messages.checkFields : messages.generic);
  return { message, fieldErrors, issues };
}

function statusCode(status: number): string {
  const names: Record<number, string> = {
    400: 'BAD_REQUEST',
    401: 'UNAUTHORIZED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    409: 'CONFLICT',
    429: 'TOO_MANY_REQUESTS',
    503: 'SERVICE_UNAVAILABLE',
  };
  return names[status] ?? '';
}
