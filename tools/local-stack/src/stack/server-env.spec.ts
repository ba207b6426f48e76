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
});
