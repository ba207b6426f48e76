import { hostnamesFor, pathMatches, routesFor } from './routes.js';
import { topology } from './topology.js';

describe('routesFor', () => {
  it('when given a base domain, then every exposed component gets its host, path and ports', () => {
    const web = { servicePort: 80, containerPort: 8080 };
    // the shopping server's storefront pages: the storefront's address, the storefront's headers
    const page = (path: string, match: 'exact' | 'prefix') => ({
      component: 'shopping-server',
      host: 'shop.localhost',
      path,
      match,
      stripPrefix: false,
      servicePort: 80,
      containerPort: 3000,
      headersOf: 'shopping-webclient',
    });
    expect(routesFor('shop.localhost')).toEqual([
      page('/sitemap.xml', 'exact'),
      page('/robots.txt', 'exact'),
      page('/shopping/', 'exact'),
      page('/shopping', 'exact'),
      {
        component: 'website',
        host: 'shop.localhost',
        path: '/',
        match: 'exact',
        stripPrefix: false,
        ...web,
      },
      page('/shopping/categoria', 'prefix'),
      page('/shopping/products', 'prefix'),
      page('/shopping/anel', 'prefix'),
      {
        component: 'management-webclient',
        host: 'shop.localhost',
        path: '/management',
        match: 'prefix',
        stripPrefix: true,
        ...web,
      },
      {
        component: 'shopping-webclient',
        host: 'shop.localhost',
        path: '/shopping',
        match: 'prefix',
        stripPrefix: true,
        ...web,
      },
      {
        component: 'website',
        host: 'shop.localhost',
        path: '/assets',
        match: 'prefix',
        stripPrefix: false,
        ...web,
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
