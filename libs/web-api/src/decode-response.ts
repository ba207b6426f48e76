/**
 * Turns a response body into a value or a readable error message. Veniqa's servers answer in
 * three ways: the envelope `{ httpStatus, status, responseData | errorDetails }`, a raw JSON
 * value (login, isLoggedIn) or plain text (logout, the 401/403/429 middleware bodies). All
 * three are recognised from the body itself, so callers need no per-route table.
 */
import type { FieldIssue } from '@aneis/contracts/constants';

export type DecodedBody =
  | { ok: true; value: unknown }
  | { ok: false; message: string; code?: string; fields?: FieldIssue[] };

const envelopeStatuses = new Set(['successful', 'partially_successful', 'failed']);

interface EnvelopeLike {
  httpStatus: number;
  status: string;
  responseData?: unknown;
  errorDetails?: unknown;
  code?: unknown;
  fields?: unknown;
}

/** Only well-formed entries are kept: a client must never trip over a server's odd field list. */
function fieldIssuesOf(fields: unknown): FieldIssue[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) => {
    if (typeof field !== 'object' || field === null) return [];
    const { path, code, limit } = field as Record<string, unknown>;
    if (typeof path !== 'string' || typeof code !== 'string') return [];
    return [typeof limit === 'number' ? { path, code, limit } : { path, code }];
  });
}

function isEnvelope(value: unknown): value is EnvelopeLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate['httpStatus'] === 'number' &&
    typeof candidate['status'] === 'string' &&
    envelopeStatuses.has(candidate['status'])
  );
}

function parseJson(text: string): { parsed: true; value: unknown } | { parsed: false } {
  if (text.trim() === '') return { parsed: false };
  try {
    return { parsed: true, value: JSON.parse(text) as unknown };
  } catch {
    return { parsed: false };
  }
}

/** Our servers always send a string; anything else (an old server's raw object) is summarised. */
function readableDetails(details: unknown, status: number): string {
  if (typeof details === 'string' && details.trim() !== '') return details;
  if (typeof details === 'object' && details !== null) {
    const message = (details as Record<string, unknown>)['message'];
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return fallbackMessage(status);
}

const MAX_TEXT_MESSAGE = 300;

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

export function fallbackMessage(status: number): string {
  return `The server could not complete the request (HTTP ${status}).`;
}

export function decodeBody(status: number, text: string): DecodedBody {
  const json = parseJson(text);
  if (json.parsed && isEnvelope(json.value)) {
    if (json.value.status === 'failed' || status >= 400) {
      const { code } = json.value;
      const fields = fieldIssuesOf(json.value.fields);
      return {
        ok: false,
        message: readableDetails(json.value.errorDetails, status),
        ...(typeof code === 'string' ? { code } : {}),
        ...(fields.length > 0 ? { fields } : {}),
      };
    }
    return { ok: true, value: json.value.responseData };
  }
  if (status >= 400) {
    const trimmed = text.trim();
    const usable = trimmed !== '' && !looksLikeHtml(trimmed) && trimmed.length <= MAX_TEXT_MESSAGE;
    if (json.parsed) return { ok: false, message: readableDetails(json.value, status) };
    return { ok: false, message: usable ? trimmed : fallbackMessage(status) };
  }
  return { ok: true, value: json.parsed ? json.value : text };
}
