import { hostileOperator } from '../../test/fixtures.js';
import {
  emailSchema,
  hexTokenSchema,
  loginPasswordSchema,
  newPasswordSchema,
} from './credentials.js';

describe('credentials', () => {
  it('when an e-mail has spaces and capitals, then it is trimmed and lower-cased', () => {
    expect(emailSchema.parse('  Ann@Example.COM ')).toBe('ann@example.com');
  });

  it.each(['ann', 'ann@', '@example.com', 'a b@example.com', '', `${'a'.repeat(250)}@x.com`])(
    'when an e-mail is %j, then it is refused',
    (value) => {
      expect(emailSchema.safeParse(value).success).toBe(false);
    },
  );

  it.each([hostileOperator, ['ann@example.com'], 42, null])(
    'when an e-mail is not a string (%j), then it is refused',
    (value) => {
      expect(emailSchema.safeParse(value).success).toBe(false);
    },
  );

  it('when new passwords follow the policy, then they parse unchanged', () => {
    expect(newPasswordSchema.parse('secret123')).toBe('secret123');
    expect(newPasswordSchema.parse(' spaced out 1 ')).toBe(' spaced out 1 ');
  });

  it.each([
    ['too short', 'abc12'],
    ['without digits', 'password'],
    ['without letters', '12345678'],
    ['over 72 bytes', `a1${'é'.repeat(36)}`],
    ['an operator', hostileOperator],
  ])('when a new password is %s, then it is refused', (_label, value) => {
    expect(newPasswordSchema.safeParse(value).success).toBe(false);
  });

  it('when logging in, then any bounded non-empty password is accepted', () => {
    expect(loginPasswordSchema.parse('old')).toBe('old');
    expect(loginPasswordSchema.safeParse('').success).toBe(false);
    expect(loginPasswordSchema.safeParse('x'.repeat(201)).success).toBe(false);
    expect(loginPasswordSchema.safeParse(hostileOperator).success).toBe(false);
  });

  it('when a token is 40 hex characters, then it parses; otherwise it is refused', () => {
    const token = 'AB'.repeat(20);
    expect(hexTokenSchema.parse(token)).toBe(token.toLowerCase());
    expect(hexTokenSchema.safeParse('ab'.repeat(19)).success).toBe(false);
    expect(hexTokenSchema.safeParse(hostileOperator).success).toBe(false);
  });
});
