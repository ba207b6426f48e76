import { ref } from 'vue';
import type { FailureLike } from './explain-failure.js';
import { failureTexts, type FailureTextKey } from './failure-texts.js';

class TestFailure implements FailureLike {
  constructor(
    readonly kind: string,
    readonly status: number,
    readonly code?: string,
    readonly fields: FailureLike['fields'] = [],
  ) {}
}

describe('failureTexts', () => {
  const locale = ref<'pt' | 'en'>('en');
  const { errorText, fieldErrorsOf, fieldIssuesOf } = failureTexts(
    (error): error is TestFailure => error instanceof TestFailure,
    () => ({ t: (key: FailureTextKey) => `app:${key}`, locale }),
  );

  it('when no answer came, then the app says why in its own words', () => {
    expect(errorText(new TestFailure('network', 0))).toBe('app:error.network');
    expect(errorText(new TestFailure('timeout', 0))).toBe('app:error.timeout');
    expect(errorText(new TestFailure('aborted', 0))).toBe('app:error.aborted');
  });

  it('when a rate limit is hit, then the app asks to wait, but a locked account is named', () => {
    expect(errorText(new TestFailure('server', 429, 'TOO_MANY_REQUESTS'))).toBe(
      'app:error.tooManyRequests',
    );
    expect(errorText(new TestFailure('server', 429, 'ACCOUNT_LOCKED'))).toBe(
      'Too many failed attempts. Wait a few minutes before trying again.',
    );
  });

  it('when the failure is not from the server, then the unexpected sentence is shown', () => {
    expect(errorText(new Error('boom'))).toBe('app:error.unexpected');
    expect(fieldErrorsOf(new Error('boom'))).toEqual({});
    expect(fieldIssuesOf(new Error('boom'))).toEqual([]);
  });

  it('when fields are refused, then each gets a sentence in the page language at that moment', () => {
    const refusal = new TestFailure('server', 400, 'VALIDATION_FAILED', [
      { path: 'address.postalCode', code: 'required' },
    ]);
    locale.value = 'pt';
    expect(errorText(refusal)).toBe('Alguns campos precisam de correção.');
    expect(fieldErrorsOf(refusal)).toEqual({
      'address.postalCode': 'Campo obrigatório.',
      postalCode: 'Campo obrigatório.',
    });
    expect(fieldIssuesOf(refusal)).toEqual([
      { path: 'address.postalCode', message: 'Campo obrigatório.' },
    ]);
    locale.value = 'en';
  });
});
