/**
 * Turns a response body into a value or a readable error message. Veniqa's servers answer in
 * three ways: the envelope `{ httpStatus, status, responseData | errorDetails }`, a raw JSON
 * value (login, isLoggedIn) or plain text (logout, the 401/403/429 middleware bodies). All
 * three are recognised from the body itself, so callers need no per-route table.
 */
export type DecodedBody = { ok: true; value: unknown } | { ok: false; message: string };

const envelopeStatuses = new Set(['successful', 'partially_successful', 'failed']);

interface EnvelopeLike {
  httpStatus: number;
  status: string;
  responseData?: unknown;
  errorDetails?: unknown;
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
      return { ok: false, message: readableDetails(json.value.errorDetails, status) };
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
