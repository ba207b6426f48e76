import { apiBaseUrlFromPage, resolveApiBaseUrl } from './api-base-url.js';

describe('apiBaseUrlFromPage', () => {
  it('when the page is on the local edge router, then the server is its shopping. sibling', () => {
    expect(
      apiBaseUrlFromPage(
        { protocol: 'http:', host: 'gic-asenhoradosaneis.localhost:8080' },
        'shopping',
      ),
    ).toBe('http://shopping.gic-asenhoradosaneis.localhost:8080');
  });

  it('when the page is served over https in the cluster, then the protocol is kept', () => {
    expect(
      apiBaseUrlFromPage(
        { protocol: 'https:', host: 'gic-asenhoradosaneis.example.org' },
        'management',
      ),
    ).toBe('https://management.gic-asenhoradosaneis.example.org');
  });

  it('when the page host already names a server, then the prefix is not stacked', () => {
    expect(apiBaseUrlFromPage({ protocol: 'http', host: 'shopping.shop.test' }, 'shopping')).toBe(
      'http://shopping.shop.test',
    );
  });
});

describe('resolveApiBaseUrl', () => {
  const page = { protocol: 'http:', host: 'shop.localhost:8080' };

  it('when a base URL is configured, then it wins without its trailing slash', () => {
    expect(resolveApiBaseUrl(' http://localhost:4201/ ', page, 'shopping')).toBe(
      'http://localhost:4201',
    );
  });

  it('when the configured value is empty, then the page host decides', () => {
    expect(resolveApiBaseUrl('', page, 'shopping')).toBe('http://shopping.shop.localhost:8080');
    expect(resolveApiBaseUrl(undefined, page, 'management')).toBe(
      'http://management.shop.localhost:8080',
    );
  });
});
