import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../config-error.js';
import { readConfig } from '../read-config.js';
import { shoppingServerConfigSchema } from './shopping-server.js';

const STRONG_SECRET = 'x'.repeat(32);

function problemsFor(env: NodeJS.ProcessEnv): Map<string, string> {
  try {
    readConfig(shoppingServerConfigSchema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return new Map(error.issues.map(({ variable, problem }) => [variable, problem]));
  }
  throw new Error('expected a ConfigError');
}

describe('shoppingServerConfigSchema', () => {
  it('when nothing is set, then local development defaults come out grouped', () => {
    const config = readConfig(shoppingServerConfigSchema, {});

    expect(config).toEqual({
      nodeEnv: 'development',
      serviceName: 'shopping-server',
      logLevel: 'info',
      syslog: undefined,
      server: {
        host: '0.0.0.0',
        port: 3000,
        shutdownGraceMs: 10_000,
        trustProxy: ['loopback', 'linklocal', 'uniquelocal'],
        bodyLimit: '1mb',
      },
      cors: { origins: ['http://gic-asenhoradosaneis.localhost:8080'] },
      rateLimit: { perMinute: 200, authPerMinute: 20 },
      mongodb: { uri: undefined },
      redis: {
        url: 'redis://127.0.0.1:6379',
        inMemory: false,
        keyPrefix: 'shop:',
        password: undefined,
        sentinels: undefined,
      },
      session: { secret: expect.any(String), cookieName: 'shop.sid', ttlMs: 1_800_000 },
      auth: {
        bcryptCost: 12,
        hashThreads: availableParallelism(),
        hashQueue: 8 * availableParallelism(),
        hashMaxWaitMs: 3000,
        loginAttemptsPerAccount: 10,
        loginLockMs: 900_000,
      },
      mail: {
        from: 'no-reply@asenhoradosaneis.example',
        sendgridApiKey: undefined,
        rendering: 'local',
        outboxDir: path.resolve('.data', 'outbox'),
        templates: {
          confirm_account_customer: 'confirm_account_customer',
          reset_password_customer: 'reset_password_customer',
          confirmation_password_reset_customer: 'confirmation_password_reset_customer',
          order_received: 'order_received',
          order_status_changed: 'order_status_changed',
        },
      },
      dataDir: path.resolve('.data'),
      publicStorefrontUrl: 'http://gic-asenhoradosaneis.localhost:8080/shopping',
      publicImageBaseUrl: 'http://management.gic-asenhoradosaneis.localhost:8080/images',
      storefrontShellUrl: 'http://gic-asenhoradosaneis.localhost:8080/shopping/index.html',
      storefrontLinkStyle: 'path',
      baseCurrency: 'EUR',
      payments: { stripe: undefined, khalti: undefined },
      catalogCache: { localTtlMs: 1_000 },
      pricing: { veniqaCharges: false },
      bankTransfer: {
        iban: 'PT50000201231234567890154',
        beneficiary: 'DEMO A Senhora dos Anéis (não transferir)',
        deadlineDays: 3,
      },
    });
    expect(config.session.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('when syslog, sentinels and payment keys are set, then they are grouped', () => {
    const config = readConfig(shoppingServerConfigSchema, {
      SYSLOG_HOST: 'rsyslog',
      SYSLOG_PROTOCOL: 'tcp',
      REDIS_SENTINELS: 'sentinel-0:26379, sentinel-1:26379',
      STRIPE_SECRET_KEY: 'sk_test_123',
      KHALTI_SECRET_KEY: 'live_secret_key_abc',
      DATA_DIR: '/var/lib/shop',
    });

    expect(config.syslog).toEqual({
      host: 'rsyslog',
      port: 5140,
      protocol: 'tcp',
      facility: 'local0',
    });
    expect(config.redis.sentinels).toEqual({
      name: 'mymaster',
      hosts: [
        { host: 'sentinel-0', port: 26379 },
        { host: 'sentinel-1', port: 26379 },
      ],
    });
    expect(config.payments.stripe).toEqual({
      secretKey: 'sk_test_123',
      apiBase: 'https://api.stripe.com',
    });
    expect(config.payments.khalti?.verifyUrl).toBe('https://khalti.com/api/v2/payment/verify/');
    expect(config.mail.outboxDir).toBe('/var/lib/shop/outbox');
  });

  it.each([
    ['PORT', 'abc', 'expected an integer between 0 and 65535, got "abc"'],
    ['PORT', '70000', 'expected an integer between 0 and 65535, got "70000"'],
    ['REDIS_URL', 'nonsense', 'expected a URL starting with redis:// or rediss://, or memory://'],
    ['REDIS_URL', 'memory://somewhere', 'expected a URL starting with redis:// or rediss://'],
    ['CORS_ORIGINS', 'http://ok.test,not-a-url', 'item 2 is not valid'],
    ['BCRYPT_COST', '4', 'expected a whole number between 10 and 31, got "4"'],
    ['SYSLOG_PROTOCOL', 'smtp', 'expected udp or tcp, got "smtp"'],
    ['SYSLOG_FACILITY', 'mail', 'expected one of local0 … local7'],
    ['LOG_LEVEL', 'loud', 'expected one of error, warn, info'],
    ['NODE_ENV', 'staging', 'expected one of development, test, production'],
    ['TRUST_PROXY', 'everyone', 'expected true, false, a hop count'],
    ['BODY_LIMIT', 'big', 'expected a size such as 100kb or 1mb'],
    ['BASE_CURRENCY', 'eur', 'expected a 3-letter upper-case currency code'],
    ['MAIL_FROM', 'nobody', 'expected an email address'],
    ['MONGODB_URI', 'postgres://db/shop', 'expected a URI starting with mongodb://'],
    ['RATE_LIMIT_PER_MINUTE', '0', 'expected a whole number of at least 1'],
    ['SESSION_TTL_MS', '30m', 'expected a duration in milliseconds'],
    ['REDIS_SENTINELS', 'sentinel-0', 'host:port pairs'],
    ['CATALOG_CACHE_LOCAL_MS', '120000', 'expected milliseconds between 0 and 60000'],
    ['SENDGRID_TEMPLATE_ORDER_RECEIVED', 'd-1 d-2', 'expected a SendGrid template id'],
    ['BANK_TRANSFER_IBAN', 'PT51 0002 0123 1234 5678 9015 4', 'passes the mod-97 check'],
    ['BANK_TRANSFER_IBAN', '1234', 'expected an IBAN'],
    ['BANK_TRANSFER_BENEFICIARY', 'A', 'expected the account holder’s name'],
    ['BANK_TRANSFER_DEADLINE_DAYS', '0', 'expected a whole number of days between 1 and 60'],
    ['BANK_TRANSFER_DEADLINE_DAYS', 'a week', 'expected a whole number of days'],
    ['VENIQA_TARIFFS_AND_SERVICE_CHARGE', 'yes', 'expected true, false, 1 or 0'],
  ])('when %s=%j, then the error names %s and what is wrong', (name, value, problem) => {
    expect(problemsFor({ [name]: value }).get(name)).toContain(problem);
  });

  it('when several variables are bad at once, then every one is reported', () => {
    const problems = problemsFor({
      NODE_ENV: 'production',
      PORT: 'abc',
      BCRYPT_COST: '4',
      SYSLOG_PROTOCOL: 'smtp',
    });

    expect([...problems.keys()].sort()).toEqual([
      'BCRYPT_COST',
      'MONGODB_URI',
      'PORT',
      'SESSION_SECRET',
      'SYSLOG_PROTOCOL',
    ]);
  });

  it('when in production without SESSION_SECRET, then it fails naming SESSION_SECRET', () => {
    const problems = problemsFor({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://db/shop' });

    expect(problems.get('SESSION_SECRET')).toBe(
      'must be set in production (at least 32 characters)',
    );
  });

  it('when in production with a short SESSION_SECRET, then the secret is not echoed', () => {
    const problems = problemsFor({
      NODE_ENV: 'production',
      MONGODB_URI: 'mongodb://db/shop',
      SESSION_SECRET: 'tooshort-but-secret',
    });

    expect(problems.get('SESSION_SECRET')).toBe(
      'must be at least 32 characters in production (value hidden)',
    );
    expect(JSON.stringify([...problems])).not.toContain('tooshort-but-secret');
  });

  it('when in production without MONGODB_URI, then the embedded database is refused', () => {
    const problems = problemsFor({ NODE_ENV: 'production', SESSION_SECRET: STRONG_SECRET });

    expect(problems.get('MONGODB_URI')).toContain('must be set in production');
  });

  it('when REDIS_URL=memory:// outside production, then the in-process mode is on', () => {
    const config = readConfig(shoppingServerConfigSchema, { REDIS_URL: 'memory://' });

    expect(config.redis).toMatchObject({ url: 'memory://', inMemory: true });
  });

  it('when REDIS_URL=memory:// in production, then it is refused with the reason', () => {
    const problems = problemsFor({
      NODE_ENV: 'production',
      SESSION_SECRET: STRONG_SECRET,
      MONGODB_URI: 'mongodb://db/shop',
      REDIS_URL: 'memory://',
    });

    expect([...problems.keys()]).toEqual(['REDIS_URL']);
    expect(problems.get('REDIS_URL')).toMatch(/real Redis in production.*inside one process/);
  });

  it('when in production with the required secrets, then it parses', () => {
    const config = readConfig(shoppingServerConfigSchema, {
      NODE_ENV: 'production',
      SESSION_SECRET: STRONG_SECRET,
      MONGODB_URI: 'mongodb://db:27017/shop',
    });

    expect(config.session.secret).toBe(STRONG_SECRET);
    expect(config.mongodb.uri).toBe('mongodb://db:27017/shop');
  });

  it('when SendGrid template ids are set, then mail.templates maps each template name to its id', () => {
    const config = readConfig(shoppingServerConfigSchema, {
      SENDGRID_TEMPLATE_ORDER_RECEIVED: 'd-0123456789abcdef0123456789abcdef',
      SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED: 'd-fedcba9876543210fedcba9876543210',
    });

    expect(config.mail.templates).toMatchObject({
      order_received: 'd-0123456789abcdef0123456789abcdef',
      order_status_changed: 'd-fedcba9876543210fedcba9876543210',
      confirm_account_customer: 'confirm_account_customer',
    });
  });

  it('when SendGrid renders, then every template without a d-… id is reported', () => {
    const problems = problemsFor({
      SENDGRID_API_KEY: 'SG.key',
      MAIL_RENDERING: 'sendgrid-templates',
      SENDGRID_TEMPLATE_CONFIRM_ACCOUNT_CUSTOMER: 'd-1',
      SENDGRID_TEMPLATE_RESET_PASSWORD_CUSTOMER: 'reset_password_customer',
    });

    expect([...problems.keys()].sort()).toEqual([
      'SENDGRID_TEMPLATE_CONFIRMATION_PASSWORD_RESET_CUSTOMER',
      'SENDGRID_TEMPLATE_ORDER_RECEIVED',
      'SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED',
      'SENDGRID_TEMPLATE_RESET_PASSWORD_CUSTOMER',
    ]);
    expect(problems.get('SENDGRID_TEMPLATE_ORDER_RECEIVED')).toContain('d-…');
  });

  it('when the mails are rendered locally, then SendGrid needs no template ids', () => {
    const config = readConfig(shoppingServerConfigSchema, { SENDGRID_API_KEY: 'SG.key' });
    expect(config.mail.rendering).toBe('local');
    expect(
      readConfig(shoppingServerConfigSchema, {
        SENDGRID_API_KEY: 'SG.key',
        MAIL_RENDERING: 'local',
      }).mail.templates.order_received,
    ).toBe('order_received');
    expect([...problemsFor({ MAIL_RENDERING: 'mjml' }).keys()]).toEqual(['MAIL_RENDERING']);
  });

  it('when STOREFRONT_LINK_STYLE is hash, then the config says so; anything but path or hash is refused', () => {
    expect(readConfig(shoppingServerConfigSchema, {}).storefrontLinkStyle).toBe('path');
    const veniqa = readConfig(shoppingServerConfigSchema, { STOREFRONT_LINK_STYLE: 'hash' });
    expect(veniqa.storefrontLinkStyle).toBe('hash');
    expect([...problemsFor({ STOREFRONT_LINK_STYLE: '#' }).keys()]).toEqual([
      'STOREFRONT_LINK_STYLE',
    ]);
  });

  it('when NODE_ENV=test with BCRYPT_COST=10, then the cheaper cost is accepted', () => {
    const config = readConfig(shoppingServerConfigSchema, { NODE_ENV: 'test', BCRYPT_COST: '10' });

    expect(config.auth.bcryptCost).toBe(10);
  });

  it('when the hashing threads are set, then the queue follows them unless it is set too', () => {
    const threads = readConfig(shoppingServerConfigSchema, { PASSWORD_HASH_THREADS: '3' });
    expect(threads.auth).toMatchObject({ hashThreads: 3, hashQueue: 24 });
    const both = readConfig(shoppingServerConfigSchema, {
      PASSWORD_HASH_THREADS: '1',
      PASSWORD_HASH_QUEUE: '0',
    });
    expect(both.auth).toMatchObject({ hashThreads: 1, hashQueue: 0 });
    expect([...problemsFor({ PASSWORD_HASH_THREADS: '0' }).keys()]).toEqual([
      'PASSWORD_HASH_THREADS',
    ]);
  });

  it('when Veniqa’s charges are not set, then they are off; "true" turns them on', () => {
    expect(readConfig(shoppingServerConfigSchema, {}).pricing).toEqual({ veniqaCharges: false });
    expect(
      readConfig(shoppingServerConfigSchema, { VENIQA_TARIFFS_AND_SERVICE_CHARGE: 'true' }).pricing,
    ).toEqual({ veniqaCharges: true });
  });

  it('when the bank account is set as people write it, then it is kept compact with its holder and deadline', () => {
    const config = readConfig(shoppingServerConfigSchema, {
      BANK_TRANSFER_IBAN: 'de89 3704 0044 0532 0130 00',
      BANK_TRANSFER_BENEFICIARY: '  Aneis Lda  ',
      BANK_TRANSFER_DEADLINE_DAYS: '7',
    });

    expect(config.bankTransfer).toEqual({
      iban: 'DE89370400440532013000',
      beneficiary: 'Aneis Lda',
      deadlineDays: 7,
    });
  });

  it('when the IBAN has a typo, then start-up is refused naming the variable, not echoing a valid-looking account', () => {
    expect(() =>
      readConfig(shoppingServerConfigSchema, { BANK_TRANSFER_IBAN: 'PT50000201231234567890155' }),
    ).toThrow(/BANK_TRANSFER_IBAN.*mod-97/s);
  });
});
