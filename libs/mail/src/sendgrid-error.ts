import { MailError } from './mail-error.js';

interface SendgridResponseError {
  code: number;
  message: string;
  response?: { body?: unknown };
}

function isResponseError(error: unknown): error is SendgridResponseError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}

/** SendGrid's body is `{ errors: [{ message, field?, help? }] }`; anything else is ignored. */
function bodyMessages(body: unknown): string[] {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((entry: unknown) => {
    const { message, field } = (entry ?? {}) as { message?: unknown; field?: unknown };
    if (typeof message !== 'string') return [];
    return [typeof field === 'string' && field ? `${field}: ${message}` : message];
  });
}

/**
 * Turns what @sendgrid/mail rejects with into a MailError that says what went wrong and nothing
 * more. The raw error is dropped, not wrapped as `cause`: network errors from its HTTP client
 * carry the request configuration, and with it the API key.
 */
export function toMailError(error: unknown, template: string): MailError {
  if (isResponseError(error)) {
    const details = bodyMessages(error.response?.body);
    const reason = details.length > 0 ? details.join('; ') : error.message;
    return new MailError(
      'delivery_failed',
      `SendGrid refused "${template}" (${error.code}): ${reason}`,
      error.code,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new MailError('delivery_failed', `SendGrid unreachable for "${template}": ${reason}`);
}
