import { safeRequestPath } from './request-path.js';

describe('safeRequestPath', () => {
  it.each([
    ['/', '/'],
    ['/?lang=en', '/'],
    ['/#top', '/'],
    ['/assets/styles.3f9a1c2b.css', '/assets/styles.3f9a1c2b.css'],
    ['/assets/a%20b.svg', '/assets/a b.svg'],
    ['/healthz', '/healthz'],
  ])('when the target is %j, then the path is %j', (target, expected) => {
    expect(safeRequestPath(target)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    '*',
    'http://example.test/',
    '/../etc/passwd',
    '/assets/../index.html',
    '/%2e%2e/secret',
    '/.%2E/secret',
    '/a/%2e/b',
    '/..%2fsecret',
    '/..%5csecret',
    '/a\\b',
    '/index.html%00',
    '/%00',
    '//double',
    '/a//b',
    '/%',
    '/%E0%A4%A',
  ])('when the target is %j, then it is refused', (target) => {
    expect(safeRequestPath(target)).toBeUndefined();
  });
});
