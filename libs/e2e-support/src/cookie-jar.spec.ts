import { CookieJar } from './cookie-jar.js';

describe('CookieJar', () => {
  it('when a server sets cookies, then they are sent back together, attributes left out', () => {
    const jar = new CookieJar();
    expect(jar.header()).toBeUndefined();
    jar.remember(['shop.sid=s%3Aabc.def; Path=/; HttpOnly; SameSite=Lax', 'lang=pt; Path=/']);
    expect(jar.header()).toBe('shop.sid=s%3Aabc.def; lang=pt');
  });

  it('when a server empties or expires a cookie (logout), then it is no longer sent', () => {
    const jar = new CookieJar();
    jar.remember(['shop.sid=abc; Path=/', 'lang=pt']);
    jar.remember(['shop.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
    expect(jar.header()).toBe('lang=pt');
    jar.remember(['lang=; Path=/']);
    expect(jar.header()).toBeUndefined();
  });
});
