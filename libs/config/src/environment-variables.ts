import { templateVariable } from './fragments/mail-templates.js';
import { DEMO_BANK_TRANSFER } from './schemas/shopping-server.js';
import { MANAGEMENT_SERVER, SHOPPING_SERVER, WEBSITE, type AppName } from './schemas/app-names.js';
import {
  MANAGEMENT_MAIL_TEMPLATE_NAMES,
  SHOPPING_MAIL_TEMPLATE_NAMES,
} from './schemas/mail-template-names.js';

/**
 * One documented environment variable. A variable whose default differs per app appears once
 * per default. A `default` in angle brackets is derived from other settings rather than literal.
 */
export interface EnvironmentVariable {
  name: string;
  apps: AppName[];
  default?: string;
  description: string;
}

const ALL: AppName[] = [SHOPPING_SERVER, MANAGEMENT_SERVER, WEBSITE];
const SERVERS: AppName[] = [SHOPPING_SERVER, MANAGEMENT_SERVER];
const SHOPPING: AppName[] = [SHOPPING_SERVER];
const MANAGEMENT: AppName[] = [MANAGEMENT_SERVER];

/** One SENDGRID_TEMPLATE_<NAME> per template, listing every app that sends it. */
function mailTemplateVariables(): EnvironmentVariable[] {
  const names = [...new Set([...SHOPPING_MAIL_TEMPLATE_NAMES, ...MANAGEMENT_MAIL_TEMPLATE_NAMES])];
  return names.map((name) => {
    const apps: AppName[] = [];
    if ((SHOPPING_MAIL_TEMPLATE_NAMES as readonly string[]).includes(name))
      apps.push(SHOPPING_SERVER);
    if ((MANAGEMENT_MAIL_TEMPLATE_NAMES as readonly string[]).includes(name)) {
      apps.push(MANAGEMENT_SERVER);
    }
    return variable(
      templateVariable(name),
      apps,
      name,
      `SendGrid dynamic template id (d-…) of the ${name} mail (sendgrid-templates rendering).`,
    );
  });
}

function variable(
  name: string,
  apps: AppName[],
  defaultValue: string | undefined,
  description: string,
): EnvironmentVariable {
  return defaultValue === undefined
    ? { name, apps, description }
    : { name, apps, default: defaultValue, description };
}

export const environmentVariables: readonly EnvironmentVariable[] = [
  variable('NODE_ENV', ALL, 'development', 'Run mode: development, test or production.'),
  variable('PORT', SERVERS, '3000', 'Port the HTTP server listens on.'),
  variable('PORT', [WEBSITE], '8080', 'Port the HTTP server listens on.'),
  variable('HOST', ALL, '0.0.0.0', 'Address the HTTP server binds to.'),
  variable('LOG_LEVEL', ALL, 'info', 'Lowest winston level logged (error … silly).'),
  variable('SERVICE_NAME', SHOPPING, SHOPPING_SERVER, 'Service name in logs and syslog APP-NAME.'),
  variable(
    'SERVICE_NAME',
    MANAGEMENT,
    MANAGEMENT_SERVER,
    'Service name in logs and syslog APP-NAME.',
  ),
  variable('SERVICE_NAME', [WEBSITE], WEBSITE, 'Service name in logs and syslog APP-NAME.'),
  variable('SYSLOG_HOST', ALL, undefined, 'rsyslog host; when unset, logs go to stdout only.'),
  variable('SYSLOG_PORT', ALL, '5140', 'rsyslog port, used when SYSLOG_HOST is set.'),
  variable('SYSLOG_PROTOCOL', ALL, 'udp', 'Syslog transport: udp or tcp (octet-counted).'),
  variable('SYSLOG_FACILITY', SHOPPING, 'local0', 'Syslog facility, local0 … local7.'),
  variable('SYSLOG_FACILITY', MANAGEMENT, 'local1', 'Syslog facility, local0 … local7.'),
  variable('SYSLOG_FACILITY', [WEBSITE], 'local2', 'Syslog facility, local0 … local7.'),
  variable('SHUTDOWN_GRACE_MS', ALL, '10000', 'How long shutdown waits for open requests, in ms.'),
  variable(
    'MONGODB_URI',
    SERVERS,
    undefined,
    'MongoDB connection string; unset means the embedded database (not allowed in production).',
  ),
  variable(
    'REDIS_URL',
    SERVERS,
    'redis://127.0.0.1:6379',
    'Redis connection URL; memory:// keeps sessions, rate limits and cache in one process (not in production).',
  ),
  variable('REDIS_KEY_PREFIX', SHOPPING, 'shop:', 'Prefix for every Redis key this app writes.'),
  variable('REDIS_KEY_PREFIX', MANAGEMENT, 'mgmt:', 'Prefix for every Redis key this app writes.'),
  variable('REDIS_SENTINELS', SERVERS, undefined, 'Comma-separated host:port Redis Sentinels.'),
  variable('REDIS_SENTINEL_NAME', SERVERS, 'mymaster', 'Master name to ask the Sentinels for.'),
  variable(
    'REDIS_PASSWORD',
    SERVERS,
    undefined,
    'Redis password, if the server requires one; with Sentinels, theirs too.',
  ),
  variable(
    'SESSION_SECRET',
    SERVERS,
    undefined,
    'Session cookie signing secret; required in production (at least 32 characters).',
  ),
  variable('SESSION_COOKIE_NAME', SHOPPING, 'shop.sid', 'Name of the customer session cookie.'),
  variable('SESSION_COOKIE_NAME', MANAGEMENT, 'mgmt.sid', 'Name of the admin session cookie.'),
  variable('SESSION_TTL_MS', SERVERS, '1800000', 'Idle session lifetime in ms.'),
  variable(
    'CORS_ORIGINS',
    SERVERS,
    'http://gic-asenhoradosaneis.localhost:8080',
    'Comma-separated browser origins allowed to call the API with credentials.',
  ),
  variable(
    'TRUST_PROXY',
    SERVERS,
    'loopback, linklocal, uniquelocal',
    'Express trust proxy: true, false, a hop count, or addresses/subnets.',
  ),
  variable('RATE_LIMIT_PER_MINUTE', SERVERS, '200', 'Requests per minute allowed per client IP.'),
  variable(
    'AUTH_RATE_LIMIT_PER_MINUTE',
    SERVERS,
    '20',
    'Login and signup attempts per minute allowed per client IP.',
  ),
  variable('BODY_LIMIT', SERVERS, '1mb', 'Largest accepted request body.'),
  variable('BCRYPT_COST', SERVERS, '12', 'bcrypt cost factor for password hashes (10 to 31).'),
  variable(
    'PASSWORD_HASH_THREADS',
    SERVERS,
    '<cores>',
    'Worker threads hashing passwords; set it to the CPUs the container may use.',
  ),
  variable(
    'PASSWORD_HASH_QUEUE',
    SERVERS,
    '<8 × PASSWORD_HASH_THREADS>',
    'Password hashes that may wait for a thread; beyond that, logins and sign-ups get 429 with Retry-After.',
  ),
  variable(
    'PASSWORD_HASH_MAX_WAIT_MS',
    SERVERS,
    '3000',
    'Longest estimated wait for a hashing thread; a login or sign-up that would wait longer gets 429 with Retry-After.',
  ),
  variable(
    'LOGIN_ATTEMPTS_PER_ACCOUNT',
    SERVERS,
    '10',
    'Sign-in attempts per account (from any address) without success before it is locked.',
  ),
  variable(
    'LOGIN_LOCK_MS',
    SERVERS,
    '900000',
    'How long attempts per account are remembered, and how long a lock lasts, in ms.',
  ),
  variable(
    'SENDGRID_API_KEY',
    SERVERS,
    undefined,
    'SendGrid key; when unset, mail goes to the outbox.',
  ),
  variable(
    'MAIL_RENDERING',
    SERVERS,
    'local',
    'Who renders mails: local (our templates) or sendgrid-templates (SendGrid dynamic templates).',
  ),
  ...mailTemplateVariables(),
  variable('MAIL_FROM', SERVERS, 'no-reply@asenhoradosaneis.example', 'Sender of outgoing mail.'),
  variable(
    'MAIL_OUTBOX_DIR',
    SERVERS,
    '<DATA_DIR>/outbox',
    'Folder for mail written instead of sent.',
  ),
  variable(
    'DATA_DIR',
    SERVERS,
    '.data',
    'Folder for local data, resolved from the working directory.',
  ),
  variable(
    'PUBLIC_STOREFRONT_URL',
    SERVERS,
    'http://gic-asenhoradosaneis.localhost:8080/shopping',
    'Public storefront address, used in links sent to customers.',
  ),
  variable(
    'STOREFRONT_LINK_STYLE',
    SERVERS,
    'path',
    'Mailed storefront links: path (our storefront) or hash (/#/ routes of Veniqa’s shopping webclient).',
  ),
  variable('BASE_CURRENCY', SHOPPING, 'EUR', 'ISO 4217 code of the currency prices are kept in.'),
  variable(
    'STRIPE_SECRET_KEY',
    SERVERS,
    undefined,
    'Stripe secret key; unset disables Stripe (payments in the shop, card refunds in the admin).',
  ),
  variable('STRIPE_API_BASE', SERVERS, 'https://api.stripe.com', 'Stripe API base URL.'),
  variable(
    'OWED_WORK_SWEEP_MS',
    MANAGEMENT,
    '60000',
    'Pause in ms (1000 at least) between retries of owed order mails and refunds that failed.',
  ),
  variable('KHALTI_SECRET_KEY', SHOPPING, undefined, 'Khalti secret key; unset disables Khalti.'),
  variable(
    'KHALTI_VERIFY_URL',
    SHOPPING,
    'https://khalti.com/api/v2/payment/verify/',
    'Khalti payment verification endpoint.',
  ),
  variable(
    'CATALOG_CACHE_LOCAL_MS',
    SHOPPING,
    '1000',
    'How long a catalogue answer may be served from process memory, in ms; 0 turns it off.',
  ),
  variable(
    'STOREFRONT_SHELL_URL',
    SHOPPING,
    '<PUBLIC_STOREFRONT_URL>/index.html',
    "Storefront's built index.html (http(s) or file URL) that findable pages are rendered into.",
  ),
  variable(
    'STOREFRONT_SSR_MODULE',
    SHOPPING,
    '<apps/shopping-webclient/dist-ssr/entry-server.js>',
    "file: URL of the storefront's server-side render (build-ssr); without it pages carry plain HTML.",
  ),
  variable(
    'BANK_TRANSFER_IBAN',
    SHOPPING,
    DEMO_BANK_TRANSFER.iban,
    'IBAN shoppers paying by bank transfer send money to; checked (mod 97) at start-up.',
  ),
  variable(
    'BANK_TRANSFER_BENEFICIARY',
    SHOPPING,
    DEMO_BANK_TRANSFER.beneficiary,
    'Account holder named in the bank-transfer instructions.',
  ),
  variable(
    'BANK_TRANSFER_DEADLINE_DAYS',
    SHOPPING,
    DEMO_BANK_TRANSFER.deadlineDays,
    'Days after the order within which a bank transfer should arrive.',
  ),
  variable(
    'VENIQA_TARIFFS_AND_SERVICE_CHARGE',
    SHOPPING,
    'false',
    'true adds Veniqa’s destination tariffs and 5 % service charge; off, IVA-included prices are final.',
  ),
  variable(
    'PUBLIC_ADMIN_URL',
    MANAGEMENT,
    'http://gic-asenhoradosaneis.localhost:8080/management',
    'Public admin UI address, used in links sent to staff.',
  ),
  variable(
    'ADMIN_LINK_STYLE',
    MANAGEMENT,
    'path',
    'Mailed admin UI links: path (our admin UI) or hash (/#/ routes of Veniqa’s management webclient).',
  ),
  variable(
    'SHOPPING_REDIS_KEY_PREFIX',
    MANAGEMENT,
    'shop:',
    "The shopping server's REDIS_KEY_PREFIX, under which its catalogue cache is invalidated.",
  ),
  variable(
    'PUBLIC_IMAGE_BASE_URL',
    SERVERS,
    'http://management.gic-asenhoradosaneis.localhost:8080/images',
    "Public address of the management server's /images routes; catalogue image paths resolve there.",
  ),
  variable(
    'SEED_ADMIN_EMAIL',
    MANAGEMENT,
    undefined,
    'Email of an admin created at start-up if missing; npm start defaults it to admin@asenhoradosaneis.example.',
  ),
  variable('SEED_ADMIN_PASSWORD', MANAGEMENT, undefined, 'Password for the seeded admin.'),
  variable('S3_ENDPOINT', MANAGEMENT, undefined, 'S3-compatible endpoint; unset means AWS.'),
  variable(
    'S3_BUCKET',
    MANAGEMENT,
    undefined,
    'Bucket for product images; unset keeps images on disk.',
  ),
  variable('S3_REGION', MANAGEMENT, 'us-east-1', 'Region of the S3 bucket.'),
  variable('S3_ACCESS_KEY_ID', MANAGEMENT, undefined, 'S3 access key id.'),
  variable('S3_SECRET_ACCESS_KEY', MANAGEMENT, undefined, 'S3 secret access key.'),
  variable('IMAGE_STORAGE_DIR', MANAGEMENT, '<DATA_DIR>/images', 'Folder for uploaded images.'),
  variable(
    'IMAGE_URL_SECRET',
    MANAGEMENT,
    undefined,
    'Signs image upload URLs; required in production (at least 32 characters).',
  ),
  variable(
    'ALLOWED_IMAGE_HOSTS',
    MANAGEMENT,
    '<host of PUBLIC_IMAGE_BASE_URL>',
    'Comma-separated hosts product image URLs may point at.',
  ),
  variable(
    'STATIC_DIR',
    [WEBSITE],
    undefined,
    'Folder of site files; unset serves the bundled site.',
  ),
];
