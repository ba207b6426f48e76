import { hostileOperator } from '../../test/fixtures.js';
import { loginBodySchema, resetPasswordBodySchema } from '../common/security-requests.js';
import { customerSummarySchema, signupBodySchema } from './security.js';

describe('shopping security contracts', () => {
  it('when the §10 signup request is parsed, then it passes unchanged', () => {
    const body = { email: 'ann@example.com', password: 'secret123', name: 'Ann Lee' };
    expect(signupBodySchema.parse(body)).toEqual(body);
  });

  it('when Veniqa’s storefront adds phone and recaptcha, then they are tolerated', () => {
    const body = signupBodySchema.parse({
      email: 'Ann@Example.com',
      password: 'secret123',
      name: ' Ann Lee ',
      phone: '9801234567',
      recaptcha: 'token',
    });
    expect(body.email).toBe('ann@example.com');
    expect(body.name).toBe('Ann Lee');
  });

  it.each([
    ['an operator e-mail', { email: hostileOperator, password: 'secret123', name: 'A' }],
    ['a weak password', { email: 'a@b.co', password: 'short', name: 'A' }],
    ['no name', { email: 'a@b.co', password: 'secret123' }],
    ['an oversized name', { email: 'a@b.co', password: 'secret123', name: 'x'.repeat(101) }],
  ])('when signup has %s, then it is refused', (_label, body) => {
    expect(signupBodySchema.safeParse(body).success).toBe(false);
  });

  it('when signup has unknown keys, then they are stripped', () => {
    const body = { email: 'a@b.co', password: 'secret123', name: 'A', isAdmin: true };
    expect(signupBodySchema.parse({ ...body, emailConfirmed: true })).not.toHaveProperty(
      'emailConfirmed',
    );
    expect(signupBodySchema.parse(body)).not.toHaveProperty('isAdmin');
  });

  it('when a login carries an operator password, then it is refused', () => {
    expect(loginBodySchema.safeParse({ email: 'a@b.co', password: hostileOperator }).success).toBe(
      false,
    );
    expect(loginBodySchema.parse({ email: 'A@B.CO ', password: 'x' }).email).toBe('a@b.co');
  });

  it('when the §10 customer login response is parsed, then it passes', () => {
    const body = {
      email: 'ann@example.com',
      name: 'Ann Lee',
      referral_token: '9f3a01bc',
      emailConfirmed: false,
      cart: {
        items: [],
        totalWeight: { quantity: 0, unit: 'LB' },
        subTotalPrice: { amount: 0, currency: 'USD' },
      },
    };
    expect(customerSummarySchema.parse(body)).toEqual(body);
  });

  it('when the §10 reset request is parsed, then it passes; a weak password is refused', () => {
    const token = 'a'.repeat(40);
    expect(resetPasswordBodySchema.parse({ token, newPassword: 'another123' })).toEqual({
      token,
      newPassword: 'another123',
    });
    expect(resetPasswordBodySchema.safeParse({ token, newPassword: 'abc' }).success).toBe(false);
  });
});
