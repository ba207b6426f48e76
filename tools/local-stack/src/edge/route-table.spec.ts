import { routesFor } from '@aneis/deploy';
import { hostWithoutPort, matchRoute } from './route-table.js';

const routes = routesFor('gic-asenhoradosaneis.localhost');

describe('matchRoute', () => {
  it('when the Host carries a port or upper case, then it is matched on the bare name', () => {
    expect(hostWithoutPort('Shopping.GIC-asenhoradosaneis.localhost:8080')).toBe(
      'shopping.gic-asenhoradosaneis.localhost',
    );
    expect(hostWithoutPort('[::1]:8080')).toBe('[::1]');
    expect(hostWithoutPort('gic-asenhoradosaneis.localhost.')).toBe(
      'gic-asenhoradosaneis.localhost',
    );
  });

  it('when a webclient prefix is asked, then the prefix is stripped and the query kept', () => {
    const match = matchRoute(routes, 'gic-asenhoradosaneis.localhost', '/shopping/cart?step=2');
    expect(match).toMatchObject({
      route: { component: 'shopping-webclient' },
      upstreamUrl: '/cart?step=2',
      strippedPrefix: '/shopping',
    });
    expect(matchRoute(routes, 'gic-asenhoradosaneis.localhost', '/management?x')?.upstreamUrl).toBe(
      '/?x',
    );
  });

  it('when the website route is exact, then only / itself matches', () => {
    expect(matchRoute(routes, 'gic-asenhoradosaneis.localhost', '/?lang=pt')?.route.component).toBe(
      'website',
    );
    expect(matchRoute(routes, 'gic-asenhoradosaneis.localhost', '/index.html')).toBeUndefined();
  });

  it('when a path only starts like a prefix, then it does not match it', () => {
    expect(matchRoute(routes, 'gic-asenhoradosaneis.localhost', '/shoppingx')).toBeUndefined();
  });

  it('when the request is not origin-form or has no Host, then nothing matches', () => {
    expect(matchRoute(routes, undefined, '/')).toBeUndefined();
    expect(matchRoute(routes, 'gic-asenhoradosaneis.localhost', 'http://x/')).toBeUndefined();
  });
});
