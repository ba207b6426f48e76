import { localKeyPrefix, serverEnv, type SharedServerEnv } from './server-env.js';

const shared: SharedServerEnv = {
  mongodbUri: 'mongodb://127.0.0.1:27017/shop',
  redisUrl: 'memory://',
  sessionSecret: 's'.repeat(40),
  dataDir: '/tmp/data',
  mailOutboxDir: '/tmp/data/outbox',
  webOrigin: 'http://gic-asenhoradosaneis.localhost:8080',
  shoppingOrigin: 'http://shopping.gic-asenhoradosaneis.localhost:8080',
  managementOrigin: 'http://management.gic-asenhoradosaneis.localhost:8080',
};

describe('serverEnv', () => {
  it("when building the management server's env, then it knows the shopping server's key prefix", () => {
    const shopping = serverEnv({}, 'shopping-server', 3001, shared);
    const management = serverEnv({}, 'management-server', 3002, shared);

    expect(shopping['REDIS_KEY_PREFIX']).toBe(
      localKeyPrefix('shopping-server', shared.sessionSecret),
    );
    expect(shopping['REDIS_KEY_PREFIX']).toMatch(/^local:[0-9a-f]{8}:shop:$/);
    expect(management['SHOPPING_REDIS_KEY_PREFIX']).toBe(shopping['REDIS_KEY_PREFIX']);
    expect(shopping['SHOPPING_REDIS_KEY_PREFIX']).toBeUndefined();
  });

  it('when the stack chose memory mode, then both servers get REDIS_URL=memory:// and the storefront URL', () => {
    for (const app of ['shopping-server', 'management-server'] as const) {
      const env = serverEnv({}, app, 3000, shared);
      expect(env['REDIS_URL']).toBe('memory://');
      expect(env['PUBLIC_STOREFRONT_URL']).toBe(`${shared.webOrigin}/shopping`);
    }
  });

  it('when the user lists CORS origins, then the servers allow those and still our webclients', () => {
    const user = { CORS_ORIGINS: 'http://localhost:5201, http://localhost:5202/,' };
    for (const app of ['shopping-server', 'management-server'] as const) {
      expect(serverEnv(user, app, 3000, shared)['CORS_ORIGINS']).toBe(
        `${shared.webOrigin},http://localhost:5201,http://localhost:5202`,
      );
      expect(serverEnv({}, app, 3000, shared)['CORS_ORIGINS']).toBe(shared.webOrigin);
    }
  });

  it('when the user names the webclient addresses and link styles, then mailed links follow them', () => {
    const user = {
      PUBLIC_STOREFRONT_URL: 'http://localhost:5201',
      STOREFRONT_LINK_STYLE: 'hash',
      PUBLIC_ADMIN_URL: 'http://localhost:5202',
      ADMIN_LINK_STYLE: 'hash',
    };
    const management = serverEnv(user, 'management-server', 3000, shared);
    expect(management).toMatchObject(user);
    expect(serverEnv({}, 'management-server', 3000, shared)['PUBLIC_ADMIN_URL']).toBe(
      `${shared.webOrigin}/management`,
    );
  });
});
