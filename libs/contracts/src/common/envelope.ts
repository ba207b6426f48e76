import { z } from 'zod';

/**
 * Veniqa's response envelope: the HTTP status is repeated in `httpStatus`, and either
 * `responseData` (success) or `errorDetails` (failure) carries the payload. In our port
 * `errorDetails` is always a readable message, never a raw driver or provider object.
 */
export const envelopeStatuses = {
  success: 'successful',
  partial: 'partially_successful',
  failure: 'failed',
} as const;

export function successEnvelope<T extends z.ZodType>(responseData: T) {
  return z.object({
    httpStatus: z.int().min(200).max(299),
    status: z.enum([envelopeStatuses.success, envelopeStatuses.partial]),
    responseData,
  });
}

export const fieldIssueSchema = z.object({
  /** Dotted path of the field in the request (`email`, `address.postalCode`, `items.0.quantity`). */
  path: z.string(),
  /** Why it was refused (see `fieldIssueCodes`). */
  code: z.string(),
  /** The bound broken by `too_short`, `too_long`, `too_small`, `too_large`. */
  limit: z.number().optional(),
});

export const failureEnvelopeSchema = z.object({
  httpStatus: z.int().min(400).max(599),
  status: z.literal(envelopeStatuses.failure),
  errorDetails: z.string(),
  /** Stable machine-readable code (see `errorCodes`); absent only from servers older than it. */
  code: z.string().optional(),
  /** The request fields that were refused, when the failure is about some. */
  fields: z.array(fieldIssueSchema).optional(),
  details: z.unknown().optional(),
});

export interface SuccessEnvelope<T> {
  httpStatus: number;
  status: 'successful' | 'partially_successful';
  responseData: T;
}
export type FailureEnvelope = z.output<typeof failureEnvelopeSchema>;
export type Envelope<T> = SuccessEnvelope<T> | FailureEnvelope;

export function isFailureEnvelope<T>(envelope: Envelope<T>): envelope is FailureEnvelope {
  return envelope.status === envelopeStatuses.failure;
}
