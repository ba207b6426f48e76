import { z } from 'zod';
import { failureEnvelopeSchema, isFailureEnvelope, successEnvelope } from './envelope.js';

describe('envelope', () => {
  it('when the signup response of §10 is parsed, then the payload is typed', () => {
    const schema = successEnvelope(z.object({ email: z.string(), name: z.string() }));
    const body = {
      httpStatus: 200,
      status: 'successful',
      responseData: { email: 'ann@example.com', name: 'Ann Lee' },
    };
    expect(schema.parse(body)).toEqual(body);
  });

  it('when a failure envelope of §10 is parsed, then errorDetails is a message', () => {
    const body = { httpStatus: 404, status: 'failed', errorDetails: 'Not Found' };
    const parsed = failureEnvelopeSchema.parse(body);
    expect(isFailureEnvelope(parsed)).toBe(true);
  });

  it('when errorDetails is an object (Veniqa defect), then the envelope is refused', () => {
    const body = { httpStatus: 400, status: 'failed', errorDetails: {} };
    expect(failureEnvelopeSchema.safeParse(body).success).toBe(false);
  });

  it('when a success envelope carries a failure status code, then it is refused', () => {
    const schema = successEnvelope(z.boolean());
    expect(
      schema.safeParse({ httpStatus: 400, status: 'successful', responseData: true }).success,
    ).toBe(false);
  });
});
