import { managementRoutes } from '../management/routes.js';
import { type PermissionGuard, adminRoles, permissionGuards } from '../management/roles.js';
import { shoppingRoutes } from '../shopping/routes.js';
import {
  veniqaGuards,
  veniqaManagementRoutes,
  veniqaShoppingRoutes,
} from '../../test/veniqa-routes.js';
import { type HttpMethod, type RouteContract, findRoute, routeKey } from './route-contract.js';

const tables: [string, readonly RouteContract[]][] = [
  ['shopping', shoppingRoutes],
  ['management', managementRoutes],
];

describe.each(tables)('the %s route table', (_name, routes) => {
  it('when listing routes, then every method + path is unique', () => {
    const keys = routes.map(routeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('when a path has :params, then a params schema describes them', () => {
    for (const route of routes.filter((r) => r.path.includes(':'))) {
      expect(route.request?.params, routeKey(route)).toBeDefined();
    }
  });

  it('when a route is live, then it declares its response; retired ones answer 410', () => {
    for (const route of routes) {
      expect(route.gone === true || route.response !== undefined, routeKey(route)).toBe(true);
      expect(route.summary.length, routeKey(route)).toBeGreaterThan(0);
    }
  });

  it('when a GET route takes input, then it comes from the query or path, never a body', () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      expect(route.request?.body, routeKey(route)).toBeUndefined();
    }
  });
});

describe('route auth', () => {
  it('when a shopping route is listed, then it has no admin auth or permissions', () => {
    for (const route of shoppingRoutes as readonly RouteContract[]) {
      expect(route.auth, routeKey(route)).not.toBe('admin');
      expect(route.permissions, routeKey(route)).toBeUndefined();
    }
  });

  it('when a shopping route lets guests act on their session, then it is one of the cart routes', () => {
    const guestRoutes = (shoppingRoutes as readonly RouteContract[])
      .filter((route) => route.auth === 'session')
      .map(routeKey);
    expect(guestRoutes.sort()).toEqual([
      'DELETE /shopping/deleteFromCart',
      'GET /shopping/getCart',
      'POST /shopping/addToCart',
      'PUT /shopping/updateCart',
    ]);
  });

  it('when a management route is listed, then it is public security or admin-only', () => {
    for (const route of managementRoutes as readonly RouteContract[]) {
      if (route.auth === 'public') expect(route.path).toMatch(/^\/security\//);
      else expect(route.auth, routeKey(route)).toBe('admin');
      expect(route.auth, routeKey(route)).not.toBe('user');
    }
  });

  it('when a management route lists permissions, then they are known roles incl. SUPERADMIN', () => {
    for (const route of managementRoutes as readonly RouteContract[]) {
      if (!route.permissions) continue;
      expect(route.permissions, routeKey(route)).toContain('SUPERADMIN');
      for (const role of route.permissions) expect(adminRoles).toContain(role);
    }
  });

  it('when carriers are listed, then order admins may read them but only tariff managers change them', () => {
    expect(findRoute(managementRoutes, 'GET', '/referenceData/carrierList')?.permissions).toEqual(
      expect.arrayContaining(['ORDER_MANAGE', 'TARIFF_VIEW']),
    );
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      expect(findRoute(managementRoutes, method, '/referenceData/carrier')?.permissions).toEqual(
        permissionGuards.canManageTariff,
      );
    }
  });

  it('when the audit log is listed, then only SUPERADMIN and AUDIT_VIEW may read it', () => {
    expect(findRoute(managementRoutes, 'POST', '/audit/list')?.permissions).toEqual([
      'SUPERADMIN',
      'AUDIT_VIEW',
    ]);
  });
});

describe('coverage of Veniqa and the new routes', () => {
  it.each([
    ['POST', '/orders/completeCheckoutManually'],
    ['GET', '/ui/countries'],
    ['GET', '/ui/shippingMethods'],
    ['POST', '/catalog/search'],
    ['GET', '/security/confirmEmailAddress/:token'],
    ['DELETE', '/shopping/deleteFromCart'],
    ['POST', '/orders/completeCheckout'],
  ] as const)('when looking for shopping %s %s, then it is there', (method, path) => {
    expect(findRoute(shoppingRoutes, method, path)).toBeDefined();
  });

  it.each([
    ['GET', '/dashboard/summary'],
    ['POST', '/audit/list'],
    ['GET', '/referenceData/shippingMethodList'],
    ['GET', '/referenceData/carrierList'],
    ['DELETE', '/referenceData/carrier'],
    ['PUT', '/referenceData/exchangeRate'],
    ['DELETE', '/referenceData/tariff'],
    ['PUT', '/superAdmin/updateAdminAccess'],
    ['PUT', '/orders/updateDeliveryDetails'],
    ['POST', '/orders/markOrderAsPaid'],
    ['DELETE', '/ui/featured'],
  ] as const)('when looking for management %s %s, then it is there', (method, path) => {
    expect(findRoute(managementRoutes, method, path)).toBeDefined();
  });

  it.each(veniqaShoppingRoutes)(
    'when looking for Veniqa’s shopping route %s, then it is there',
    (key) => {
      expect(shoppingRoutes.map(routeKey)).toContain(key);
    },
  );

  it.each(veniqaManagementRoutes)(
    'when looking for Veniqa’s management route %s, then it is there',
    (key) => {
      expect(managementRoutes.map(routeKey)).toContain(key);
    },
  );

  it('when a Veniqa management route is guarded, then the table uses the same guard', () => {
    for (const key of veniqaManagementRoutes.filter((k) => !k.includes(' /security/'))) {
      const [method, path] = key.split(' ') as [HttpMethod, string];
      const guardKey = Object.keys(veniqaGuards).find(
        (prefix) =>
          key === prefix ||
          key.startsWith(prefix) ||
          (prefix.startsWith('/') && path.startsWith(prefix)),
      );
      const expected = guardKey
        ? permissionGuards[veniqaGuards[guardKey] as PermissionGuard]
        : undefined;
      expect(findRoute(managementRoutes, method, path)?.permissions, key).toEqual(expected);
    }
  });
});
