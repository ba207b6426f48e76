import { emailSchema, newPasswordSchema } from '@aneis/contracts';
import { z } from 'zod';
import { mapError } from './error-mapping.js';
import { fieldIssuesOfZod } from './zod-field-issues.js';

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return fieldIssuesOfZod(result.error.issues);
}

describe('fieldIssuesOfZod', () => {
  const signup = z.strictObject({
    name: z.string().min(1).max(100),
    email: emailSchema,
    password: newPasswordSchema,
  });

  it('when a sign-up form is empty, then each field is named with a translatable code', () => {
    expect(issuesOf(signup, { name: '', email: '', password: '' })).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'required' },
        { path: 'email', code: 'required' },
        { path: 'password', code: 'too_short', limit: 8 },
      ]),
    );
  });

  it('when a field is missing or of the wrong type, then it is required or invalid_type', () => {
    expect(issuesOf(z.object({ name: z.string(), age: z.number() }), { age: 'x' })).toEqual([
      { path: 'name', code: 'required' },
      { path: 'age', code: 'invalid_type' },
    ]);
  });

  it('when an e-mail is malformed, then the code says e-mail, not a regular expression', () => {
    expect(issuesOf(signup.pick({ email: true }), { email: 'not-an-address' })).toEqual([
      { path: 'email', code: 'invalid_email' },
    ]);
  });

  it('when a password lacks a letter or a digit, then the rule names itself', () => {
    expect(issuesOf(newPasswordSchema, '12345678')).toEqual([{ path: '', code: 'needs_letter' }]);
    expect(issuesOf(newPasswordSchema, 'abcdefgh')).toEqual([{ path: '', code: 'needs_digit' }]);
  });

  it('when bounds are broken, then the limit comes with the code', () => {
    const schema = z.object({
      lines: z.array(z.object({ quantity: z.number().int().min(1).max(99) })),
      note: z.string().max(3),
      size: z.enum(['S', 'M']),
    });
    expect(
      issuesOf(schema, { lines: [{ quantity: 0 }, { quantity: 100 }], note: 'long', size: 'XL' }),
    ).toEqual([
      { path: 'lines.0.quantity', code: 'too_small', limit: 1 },
      { path: 'lines.1.quantity', code: 'too_large', limit: 99 },
      { path: 'note', code: 'too_long', limit: 3 },
      { path: 'size', code: 'invalid_value' },
    ]);
  });

  it('when a body carries unknown keys, then each is named', () => {
    expect(issuesOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual([
      { path: 'b', code: 'unknown_field' },
      { path: 'c', code: 'unknown_field' },
    ]);
  });

  it('when mapped as an error, then the envelope keeps the English text and adds code and fields', () => {
    const result = signup.safeParse({ name: 'Ana', email: 'x', password: 'abc12345' });
    expect(mapError(result.error)).toEqual({
      status: 400,
      message: 'Invalid request: email: must be a valid e-mail address',
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'email', code: 'invalid_email' }],
      unexpected: false,
    });
  });
});
