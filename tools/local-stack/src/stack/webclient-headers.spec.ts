import { contentSecurityPolicy } from '@aneis/web-security';
import { webclientHeaders } from './webclient-headers.js';

const shared = {
  shoppingOrigin: 'http://shopping.gic-asenhoradosaneis.localhost:8080',
  managementOrigin: 'http://management.gic-asenhoradosaneis.localhost:8080',
};

describe('webclientHeaders', () => {
  it("when a webclient's static server starts, then its policy names its own API and the management server's images", () => {
    expect(webclientHeaders('shopping-webclient', shared)['Content-Security-Policy']).toBe(
      contentSecurityPolicy('shopping-webclient', {
        api: shared.shoppingOrigin,
        images: [shared.managementOrigin],
      }),
    );
    expect(webclientHeaders('management-webclient', shared)['Content-Security-Policy']).toBe(
      contentSecurityPolicy('management-webclient', {
        api: shared.managementOrigin,
        images: [shared.managementOrigin],
        uploads: [shared.managementOrigin],
      }),
    );
  });

  it('when another component is asked for, then it gets none (servers send their own)', () => {
    expect(webclientHeaders('website', shared)).toEqual({});
    expect(webclientHeaders('shopping-server', shared)).toEqual({});
  });
});
