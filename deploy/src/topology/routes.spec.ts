import { hostnamesFor, pathMatches, routesFor } from './routes.js';
import { topology } from './topology.js';

describe('routesFor', () => {
  it('when given a base domain, then every exposed component gets its host, path and ports', () => {
    expect(routesFor('shop.localhost')).toEqual([
      {
        component: 'website',
        host: 'shop.localhost',
        path: '/',
        match: 'exact',
        stripPrefix: false,
        servicePort: 80,
        containerPort: 8080,
      },
      {
        component: 'management-webclient',
        host: 'shop.localhost',
        path: '/management',
        match: 'prefix',
        stripPrefix: true,
        servicePort: 80,
        containerPort: 8080,
      },
      {
        component: 'shopping-webclient',
        host: 'shop.localhost',
        path: '/shopping',
        match: 'prefix',
        stripPrefix: true,
        servicePort: 80,
        containerPort: 8080,
      },
      {
        component: 'website',
        host: 'shop.localhost',
        path: '/assets',
        match: 'prefix',
        stripPrefix: false,
        servicePort: 80,
        containerPort: 8080,
      },
      {
        component: 'shopping-server',
        host: 'shopping.shop.localhost',
        path: '/',
        match: 'prefix',
        stripPrefix: false,
        servicePort: 80,
        containerPort: 3000,
      },
      {
        component: 'management-server',
        host: 'management.shop.localhost',
        path: '/',
        match: 'prefix',
        stripPrefix: false,
        servicePort: 80,
        containerPort: 3000,
      },
    ]);
    expect(hostnamesFor('gic-asenhoradosaneis.k3s')).toEqual([
      'gic-asenhoradosaneis.k3s',
      'shopping.gic-asenhoradosaneis.k3s',
      'management.gic-asenhoradosaneis.k3s',
    ]);
  });

  it('when a path is tested, then exact and prefix rules match like Traefik does', () => {
    const exact = { path: '/', match: 'exact' as const };
    const prefix = { path: '/shopping', match: 'prefix' as const };
    expect(pathMatches(exact, '/')).toBe(true);
    expect(pathMatches(exact, '/about')).toBe(false);
    expect(pathMatches(prefix, '/shopping')).toBe(true);
    expect(pathMatches(prefix, '/shopping/cart')).toBe(true);
    expect(pathMatches(prefix, '/shoppingcart')).toBe(false);
    expect(pathMatches({ path: '/', match: 'prefix' }, '/anything')).toBe(true);
  });

  it('when the topology is read, then every component it talks to exists and replicas are odd', () => {
    for (const c of Object.values(topology)) {
      for (const peer of c.talksTo) expect(topology[peer], `${c.name}→${peer}`).toBeDefined();
      if (c.replicas > 1) expect(c.replicas % 2, c.name).toBe(1);
    }
  });
});
