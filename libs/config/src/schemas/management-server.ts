import path from 'node:path';
import { z } from 'zod';
import { commaList } from '../fragments/comma-list.js';
import {
  checkMailTemplateIds,
  mailTemplatesShape,
  toMailTemplates,
} from '../fragments/mail-templates.js';
import { linkStyle } from '../fragments/link-style.js';
import { integerInRange } from '../fragments/integer-in-range.js';
import { baseUrl } from '../fragments/url.js';
import {
  directoryPath,
  emailAddress,
  hostNameWithOptionalPort,
  redisKeyPrefix,
  secretText,
} from '../fragments/text-formats.js';
import { MANAGEMENT_SERVER } from './app-names.js';
import { MANAGEMENT_MAIL_TEMPLATE_NAMES } from './mail-template-names.js';
import {
  addIssue,
  checkServerProductionRules,
  requireSecret,
  serverEnvShape,
  toServerConfig,
  type ServerEnv,
} from './server-env.js';

/** Signs image URLs outside production only. */
export const DEVELOPMENT_IMAGE_URL_SECRET = 'development-only-image-url-secret-never-in-production';

const managementOnlyShape = {
  PUBLIC_ADMIN_URL: baseUrl.default('http://gic-asenhoradosaneis.localhost:8080/management'),
  ADMIN_LINK_STYLE: linkStyle.default('path'),
  PUBLIC_STOREFRONT_URL: baseUrl.default('http://gic-asenhoradosaneis.localhost:8080/shopping'),
  STOREFRONT_LINK_STYLE: linkStyle.default('path'),
  // Must equal the shopping server's REDIS_KEY_PREFIX: its cache is invalidated under that prefix.
  SHOPPING_REDIS_KEY_PREFIX: redisKeyPrefix.default('shop:'),
  PUBLIC_IMAGE_BASE_URL: baseUrl.default(
    'http://management.gic-asenhoradosaneis.localhost:8080/images',
  ),
  SEED_ADMIN_EMAIL: emailAddress.optional(),
  SEED_ADMIN_PASSWORD: secretText.optional(),
  S3_ENDPOINT: baseUrl.optional(),
  S3_BUCKET: z.string().trim().optional(),
  S3_REGION: z.string().trim().default('us-east-1'),
  S3_ACCESS_KEY_ID: secretText.optional(),
  S3_SECRET_ACCESS_KEY: secretText.optional(),
  IMAGE_STORAGE_DIR: directoryPath.optional(),
  IMAGE_URL_SECRET: secretText.optional(),
  ALLOWED_IMAGE_HOSTS: commaList(hostNameWithOptionalPort, 'host names').optional(),
  ...mailTemplatesShape(MANAGEMENT_MAIL_TEMPLATE_NAMES),
  // Card refunds go through Stripe with the shop's key; unset, a card order cannot be refunded.
  STRIPE_SECRET_KEY: secretText.optional(),
  STRIPE_API_BASE: baseUrl.default('https://api.stripe.com'),
  // How often owed order work (a mail or card refund that failed) is retried while running.
  OWED_WORK_SWEEP_MS: integerInRange(
    1_000,
    Number.MAX_SAFE_INTEGER,
    'expected a pause in milliseconds, 1000 or more',
  ).default(60_000),
};

type ManagementEnv = ServerEnv & z.output<z.ZodObject<typeof managementOnlyShape>>;

const S3_VARIABLES = [
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
] as const;

function checkManagementRules(env: Partial<ManagementEnv>, ctx: z.RefinementCtx): void {
  checkServerProductionRules(env, ctx);
  checkMailTemplateIds(MANAGEMENT_MAIL_TEMPLATE_NAMES, env, ctx);
  if (env.NODE_ENV === 'production') {
    requireSecret(env, 'IMAGE_URL_SECRET', ctx);
    if (env.IMAGE_URL_SECRET === DEVELOPMENT_IMAGE_URL_SECRET) {
      addIssue(ctx, 'IMAGE_URL_SECRET', 'must not be the development default in production');
    }
  }
  if ((env.SEED_ADMIN_EMAIL === undefined) !== (env.SEED_ADMIN_PASSWORD === undefined)) {
    const missing = env.SEED_ADMIN_EMAIL === undefined ? 'SEED_ADMIN_EMAIL' : 'SEED_ADMIN_PASSWORD';
    addIssue(ctx, missing, 'must be set together with the other SEED_ADMIN_* variable');
  }
  if (S3_VARIABLES.some((name) => env[name] !== undefined) && env.S3_BUCKET === undefined) {
    addIssue(ctx, 'S3_BUCKET', 'must be set when other S3_* variables are set');
  }
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
    const missing =
      env.S3_ACCESS_KEY_ID === undefined ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY';
    addIssue(ctx, missing, 'must be set together with the other S3 access key variable');
  }
}

export const managementServerConfigSchema = z
  .object({
    ...serverEnvShape({
      port: 3000,
      serviceName: MANAGEMENT_SERVER,
      syslogFacility: 'local1',
      redisKeyPrefix: 'mgmt:',
      sessionCookieName: 'mgmt.sid',
    }),
    ...managementOnlyShape,
  })
  .superRefine(checkManagementRules, { when: () => true })
  .transform((env) => {
    const server = toServerConfig(env);
    return {
      ...server,
      mail: { ...server.mail, templates: toMailTemplates(MANAGEMENT_MAIL_TEMPLATE_NAMES, env) },
      publicAdminUrl: env.PUBLIC_ADMIN_URL,
      adminLinkStyle: env.ADMIN_LINK_STYLE,
      publicStorefrontUrl: env.PUBLIC_STOREFRONT_URL,
      storefrontLinkStyle: env.STOREFRONT_LINK_STYLE,
      shoppingRedisKeyPrefix: env.SHOPPING_REDIS_KEY_PREFIX,
      stripe:
        env.STRIPE_SECRET_KEY === undefined
          ? undefined
          : { secretKey: env.STRIPE_SECRET_KEY, apiBase: env.STRIPE_API_BASE },
      owedWorkSweepMs: env.OWED_WORK_SWEEP_MS,
      seedAdmin:
        env.SEED_ADMIN_EMAIL === undefined || env.SEED_ADMIN_PASSWORD === undefined
          ? undefined
          : { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD },
      images: {
        storageDir: env.IMAGE_STORAGE_DIR ?? path.join(server.dataDir, 'images'),
        // Local storage's images are served by this server (its own host), not the admin site.
        publicBaseUrl: env.PUBLIC_IMAGE_BASE_URL,
        urlSecret: env.IMAGE_URL_SECRET ?? DEVELOPMENT_IMAGE_URL_SECRET,
        // Compared with `new URL(imageUrl).host`; by default only this server's own images pass.
        allowedHosts: env.ALLOWED_IMAGE_HOSTS ?? [new URL(env.PUBLIC_IMAGE_BASE_URL).host],
        s3:
          env.S3_BUCKET === undefined
            ? undefined
            : {
                bucket: env.S3_BUCKET,
                region: env.S3_REGION,
                endpoint: env.S3_ENDPOINT,
                accessKeyId: env.S3_ACCESS_KEY_ID,
                secretAccessKey: env.S3_SECRET_ACCESS_KEY,
              },
      },
    };
  });

export type ManagementServerConfig = z.infer<typeof managementServerConfigSchema>;
