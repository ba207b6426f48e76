export type MailErrorCode =
  | 'unknown_template'
  | 'invalid_recipient'
  /** The data lacks what the template cannot do without (e.g. the link of a reset mail). */
  | 'invalid_data'
  | 'delivery_failed';

/**
 * Every failure of the mail port. It carries only what is safe to log: SendGrid's raw errors hold
 * the request configuration, Authorization header included, so they never travel further.
 */
export class MailError extends Error {
  override readonly name = 'MailError';

  constructor(
    readonly code: MailErrorCode,
    message: string,
    /** The HTTP status SendGrid answered with, when it answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}
