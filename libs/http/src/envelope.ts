import { errorCodeForStatus, type FieldIssue } from '@aneis/contracts';
import type { Response } from 'express';

/** Veniqa's response envelope (§1.1): the HTTP status is always repeated as `httpStatus`. */
export interface SuccessEnvelope<T> {
  httpStatus: number;
  status: 'successful';
  responseData: T;
}

export interface FailureEnvelope {
  httpStatus: number;
  status: 'failed';
  /** Always a readable sentence, never a raw error object. */
  errorDetails: string;
  /** Stable code clients translate and branch on (`AppError.code`, else the status' own). */
  code: string;
  /** The refused request fields, so clients can show each message next to its field. */
  fields?: FieldIssue[];
  /** Extra data declared safe to show (from `AppError.details`). */
  details?: unknown;
}

export function sendSuccess<T>(res: Response, data: T, status = 200): Response {
  const body: SuccessEnvelope<T> = { httpStatus: status, status: 'successful', responseData: data };
  return res.status(status).json(body);
}

/**
 * `sendSuccess` for data that is already JSON text (a cache entry as stored): the envelope is
 * written around it, so the data is neither parsed nor stringified again. The bytes are the
 * ones `sendSuccess` would send for the parsed data.
 */
export function sendSuccessJson(res: Response, dataJson: string, status = 200): Response {
  return res.status(status).type('application/json').send(successJsonText(dataJson, status));
}

export type FailureExtra = Partial<Pick<FailureEnvelope, 'code' | 'fields' | 'details'>>;

/**
 * The failure envelope: Veniqa's three fields, always a `code` (the status' generic one when none
 * is given), and `fields` and `details` only when there are some.
 */
export function failureEnvelope(
  status: number,
  errorDetails: string,
  extra: FailureExtra = {},
): FailureEnvelope {
  const body: FailureEnvelope = {
    httpStatus: status,
    status: 'failed',
    errorDetails,
    code: extra.code ?? errorCodeForStatus(status),
  };
  if (extra.fields !== undefined && extra.fields.length > 0) body.fields = extra.fields;
  if (extra.details !== undefined) body.details = extra.details;
  return body;
}

/** The JSON text `sendSuccessJson` writes around data that is already JSON text. */
export function successJsonText(dataJson: string, status = 200): string {
  return `{"httpStatus":${status},"status":"successful","responseData":${dataJson}}`;
}

export function sendFailure(
  res: Response,
  status: number,
  errorDetails: string,
  extra: FailureExtra = {},
): Response {
  return res.status(status).json(failureEnvelope(status, errorDetails, extra));
}
