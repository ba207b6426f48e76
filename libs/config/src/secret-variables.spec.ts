import { isSecretVariable } from './secret-variables.js';

describe('isSecretVariable', () => {
  it.each([
    'SESSION_SECRET',
    'SENDGRID_API_KEY',
    'STRIPE_SECRET_KEY',
    'REDIS_PASSWORD',
    'API_TOKEN',
  ])('when the name is %s, then its value is hidden', (name) => {
    expect(isSecretVariable(name)).toBe(true);
  });

  it.each([
    'SENDGRID_TEMPLATE_RESET_PASSWORD_INSTRUCTIONS',
    'REDIS_KEY_PREFIX',
    'SHOPPING_REDIS_KEY_PREFIX',
    'PORT',
  ])('when the name is %s, then its value may be shown', (name) => {
    expect(isSecretVariable(name)).toBe(false);
  });
});
