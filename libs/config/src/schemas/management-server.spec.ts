import path from 'node:path';
import { ConfigError } from '../config-error.js';
import { readConfig } from '../read-config.js';
import { managementServerConfigSchema } from './management-server.js';

const STRONG_SECRET = 'y'.repeat(32);

function problemsFor(env: NodeJS.ProcessEnv): Map<string, string> {
  try {
    readConfig(managementServerConfigSchema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return new Map(error.issues.map(({ variable, problem }) => [variable, problem]));
  }
  throw new Error('expected a ConfigError');
}

describe('managementServerConfigSchema', () => {
  it('when nothing is set, then it uses the admin cookie, key prefix and facility', () => {
    const config = readConfig(managementServerConfigSchema, { SYSLOG_HOST: '127.0.0.1' });

    expect(config.serviceName).toBe('management-server');
    expect(config.session.cookieName).toBe('mgmt.sid');
    expect(config.redis.keyPrefix).toBe('mgmt:');
    expect(config.syslog?.facility).toBe('local1');
    expect(config.publicAdminUrl).toBe('http://gic-asenhoradosaneis.localhost:8080/management');
    expect(config.publicStorefrontUrl).toBe('http://gic-asenhoradosaneis.localhost:8080/shopping');
    expect(config.shoppingRedisKeyPrefix).toBe('shop:');
    expect(config.seedAdmin).toBeUndefined();
    expect(config.images).toEqual({
      storageDir: path.resolve('.data', 'images'),
      publicBaseUrl: 'http://management.gic-asenhoradosaneis.localhost:8080/images',
      urlSecret: expect.any(String),
      allowedHosts: ['management.gic-asenhoradosaneis.localhost:8080'],
      s3: undefined,
    });
  });

  it('when seed admin, S3 and image hosts are set, then they are grouped', () => {
    const config = readConfig(managementServerConfigSchema, {
      SEED_ADMIN_EMAIL: 'admin@example.com',
      SEED_ADMIN_PASSWORD: 'correct horse battery staple',
      S3_BUCKET: 'rings',
      S3_ENDPOINT: 'http://minio:9000/',
      S3_ACCESS_KEY_ID: 'AKIA123',
      S3_SECRET_ACCESS_KEY: 'shh',
      ALLOWED_IMAGE_HOSTS: 'Images.Example.com, cdn.example.com:8443',
    });

    expect(config.seedAdmin).toEqual({
      email: 'admin@example.com',
      password: 'correct horse battery staple',
    });
    expect(config.images.s3).toEqual({
      bucket: 'rings',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      accessKeyId: 'AKIA123',
      secretAccessKey: 'shh',
    });
    expect(config.images.allowedHosts).toEqual(['images.example.com', 'cdn.example.com:8443']);
  });

  it('when template ids are set or not, then mail.templates maps every admin template, and SendGrid needs them all', () => {
    const config = readConfig(managementServerConfigSchema, {
      SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED: 'd-fedcba9876543210fedcba9876543210',
    });
    expect(config.mail.templates).toEqual({
      confirm_account_admin: 'confirm_account_admin',
      reset_password_admin: 'reset_password_admin',
      confirmation_password_reset_admin: 'confirmation_password_reset_admin',
      order_status_changed: 'd-fedcba9876543210fedcba9876543210',
      order_refunded: 'order_refunded',
    });

    const problems = problemsFor({
      SENDGRID_API_KEY: 'SG.key',
      MAIL_RENDERING: 'sendgrid-templates',
      SENDGRID_TEMPLATE_CONFIRM_ACCOUNT_ADMIN: 'd-a',
      SENDGRID_TEMPLATE_RESET_PASSWORD_ADMIN: 'd-b',
      SENDGRID_TEMPLATE_CONFIRMATION_PASSWORD_RESET_ADMIN: 'd-c',
    });
    expect([...problems.keys()]).toEqual([
      'SENDGRID_TEMPLATE_ORDER_STATUS_CHANGED',
      'SENDGRID_TEMPLATE_ORDER_REFUNDED',
    ]);
  });

  it('when a Stripe key is given, then card refunds are configured against the given API base', () => {
    expect(readConfig(managementServerConfigSchema, {}).stripe).toBeUndefined();
    const config = readConfig(managementServerConfigSchema, {
      STRIPE_SECRET_KEY: 'sk_test_abc',
      STRIPE_API_BASE: 'http://127.0.0.1:9999',
    });
    expect(config.stripe).toEqual({ secretKey: 'sk_test_abc', apiBase: 'http://127.0.0.1:9999' });
  });

  it('when OWED_WORK_SWEEP_MS is unset, given or too short, then the sweep pause is a minute, the given one, or refused', () => {
    expect(readConfig(managementServerConfigSchema, {}).owedWorkSweepMs).toBe(60_000);
    expect(
      readConfig(managementServerConfigSchema, { OWED_WORK_SWEEP_MS: '5000' }).owedWorkSweepMs,
    ).toBe(5_000);
    expect(problemsFor({ OWED_WORK_SWEEP_MS: '10' }).get('OWED_WORK_SWEEP_MS')).toContain(
      '1000 or more',
    );
  });

  it('when in production without IMAGE_URL_SECRET, then it fails naming it', () => {
    const problems = problemsFor({
      NODE_ENV: 'production',
      SESSION_SECRET: STRONG_SECRET,
      MONGODB_URI: 'mongodb://db/shop',
    });

    expect([...problems.keys()]).toEqual(['IMAGE_URL_SECRET']);
  });

  it('when REDIS_URL=memory:// in production, then it is refused', () => {
    const problems = problemsFor({
      NODE_ENV: 'production',
      SESSION_SECRET: STRONG_SECRET,
      MONGODB_URI: 'mongodb://db/shop',
      IMAGE_URL_SECRET: STRONG_SECRET,
      REDIS_URL: 'memory://',
    });

    expect([...problems.keys()]).toEqual(['REDIS_URL']);
  });

  it('when only half of a pair is set, then the missing half is named', () => {
    const problems = problemsFor({
      SEED_ADMIN_EMAIL: 'admin@example.com',
      S3_ACCESS_KEY_ID: 'AKIA123',
    });

    expect(problems.get('SEED_ADMIN_PASSWORD')).toContain('must be set together');
    expect(problems.get('S3_SECRET_ACCESS_KEY')).toContain('must be set together');
    expect(problems.get('S3_BUCKET')).toContain('must be set when other S3_* variables are set');
  });

  it('when the storefront and shopping key prefix are set, then they are kept', () => {
    const config = readConfig(managementServerConfigSchema, {
      PUBLIC_STOREFRONT_URL: 'https://shop.example.com/shopping/',
      SHOPPING_REDIS_KEY_PREFIX: 'local:1:shop:',
    });

    expect(config.publicStorefrontUrl).toBe('https://shop.example.com/shopping');
    expect(config.shoppingRedisKeyPrefix).toBe('local:1:shop:');
  });

  it('when SEED_ADMIN_EMAIL is not an email, then it is refused', () => {
    expect(
      problemsFor({ SEED_ADMIN_EMAIL: 'admin', SEED_ADMIN_PASSWORD: 'pw' }).get('SEED_ADMIN_EMAIL'),
    ).toBe('expected an email address, got "admin"');
  });

  it('when each client’s link style is set, then the admin and storefront links follow their own', () => {
    const byDefault = readConfig(managementServerConfigSchema, {});
    expect([byDefault.adminLinkStyle, byDefault.storefrontLinkStyle]).toEqual(['path', 'path']);
    const veniqaAdmin = readConfig(managementServerConfigSchema, { ADMIN_LINK_STYLE: 'hash' });
    expect([veniqaAdmin.adminLinkStyle, veniqaAdmin.storefrontLinkStyle]).toEqual(['hash', 'path']);
    expect(problemsFor({ STOREFRONT_LINK_STYLE: 'history' }).get('STOREFRONT_LINK_STYLE')).toBe(
      'expected path (our webclients) or hash (Veniqa’s original webclients, /#/ routes), got "history"',
    );
  });
});
