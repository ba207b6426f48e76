import { redactTokensInPath } from './request-logging.js';

describe('redactTokensInPath', () => {
  it('when a segment is a long hex token, then it becomes :token', () => {
    const token = 'a1'.repeat(20);
    expect(redactTokensInPath(`/security/validatePasswordResetToken/${token}`)).toBe(
      '/security/validatePasswordResetToken/:token',
    );
    expect(redactTokensInPath(`/x/${token}/y`)).toBe('/x/:token/y');
  });

  it('when a segment is an ObjectId or a word, then it is kept', () => {
    expect(redactTokensInPath('/orders/507f1f77bcf86cd799439011')).toBe(
      '/orders/507f1f77bcf86cd799439011',
    );
    expect(redactTokensInPath('/catalog/search')).toBe('/catalog/search');
  });
});
