import { z } from 'zod';
import { booleanFlag } from '../fragments/boolean-flag.js';
import { iban } from '../fragments/iban.js';
import { integerInRange } from '../fragments/integer-in-range.js';
import { linkStyle } from '../fragments/link-style.js';
import {
  checkMailTemplateIds,
  mailTemplatesShape,
  toMailTemplates,
} from '../fragments/mail-templates.js';
import { baseUrl, url } from '../fragments/url.js';
import { currencyCode, secretText } from '../fragments/text-formats.js';
import { SHOPPING_SERVER } from './app-names.js';
import { SHOPPING_MAIL_TEMPLATE_NAMES } from './mail-template-names.js';
import { checkServerProductionRules, serverEnvShape, toServerConfig } from './server-env.js';

/** Clearly not a real account: the local run shows these so the page and mail can be seen. */
export const DEMO_BANK_TRANSFER = {
  iban: 'PT50 0002 0123 1234 5678 9015 4',
  beneficiary: 'DEMO A Senhora dos Anéis (não transferir)',
  deadlineDays: '3',
} as const;

export const shoppingServerConfigSchema = z
  .object({
    ...serverEnvShape({
      port: 3000,
      serviceName: SHOPPING_SERVER,
      syslogFacility: 'local0',
      redisKeyPrefix: 'shop:',
      sessionCookieName: 'shop.sid',
    }),
    PUBLIC_STOREFRONT_URL: baseUrl.default('http://gic-asenhoradosaneis.localhost:8080/shopping'),
    STOREFRONT_LINK_STYLE: linkStyle.default('path'),
    STOREFRONT_SHELL_URL: url(['http:', 'https:', 'file:']).optional(),
    STOREFRONT_SSR_MODULE: url(['file:']).optional(),
    // Catalogue image paths are files of the management server's /images routes, published here.
    PUBLIC_IMAGE_BASE_URL: baseUrl.default(
      'http://management.gic-asenhoradosaneis.localhost:8080/images',
    ),
    BASE_CURRENCY: currencyCode.default('EUR'),
    STRIPE_SECRET_KEY: secretText.optional(),
    STRIPE_API_BASE: baseUrl.default('https://api.stripe.com'),
    KHALTI_SECRET_KEY: secretText.optional(),
    KHALTI_VERIFY_URL: url().default('https://khalti.com/api/v2/payment/verify/'),
    CATALOG_CACHE_LOCAL_MS: integerInRange(
      0,
      60_000,
      'expected milliseconds between 0 and 60000',
    ).default(1_000),
    // Demo account for local runs (ISO's Portuguese example IBAN): real values come from deploy.
    BANK_TRANSFER_IBAN: iban.prefault(DEMO_BANK_TRANSFER.iban),
    BANK_TRANSFER_BENEFICIARY: z
      .string()
      .trim()
      .min(2, 'expected the account holder’s name')
      .max(70, 'expected at most 70 characters (the SEPA limit for a name)')
      .default(DEMO_BANK_TRANSFER.beneficiary),
    BANK_TRANSFER_DEADLINE_DAYS: integerInRange(
      1,
      60,
      'expected a whole number of days between 1 and 60',
    ).prefault(DEMO_BANK_TRANSFER.deadlineDays),
    // Veniqa resold other shops' goods abroad; a Portuguese shop's prices are final (IVA included).
    VENIQA_TARIFFS_AND_SERVICE_CHARGE: booleanFlag.prefault('false'),
    ...mailTemplatesShape(SHOPPING_MAIL_TEMPLATE_NAMES),
  })
  .superRefine(
    (env, ctx) => {
      checkServerProductionRules(env, ctx);
      checkMailTemplateIds(SHOPPING_MAIL_TEMPLATE_NAMES, env, ctx);
    },
    { when: () => true },
  )
  .transform((env) => {
    const server = toServerConfig(env);
    return {
      ...server,
      mail: { ...server.mail, templates: toMailTemplates(SHOPPING_MAIL_TEMPLATE_NAMES, env) },
      publicStorefrontUrl: env.PUBLIC_STOREFRONT_URL,
      // The webclient's own page, fetched by the server to render findable pages into.
      storefrontShellUrl: env.STOREFRONT_SHELL_URL ?? `${env.PUBLIC_STOREFRONT_URL}/index.html`,
      // The webclient's server-side build; unset: the server's default beside its own build.
      storefrontSsrModuleUrl: env.STOREFRONT_SSR_MODULE,
      storefrontLinkStyle: env.STOREFRONT_LINK_STYLE,
      publicImageBaseUrl: env.PUBLIC_IMAGE_BASE_URL,
      baseCurrency: env.BASE_CURRENCY,
      payments: {
        // A provider is enabled by giving its key; without one its routes report it unavailable.
        stripe:
          env.STRIPE_SECRET_KEY === undefined
            ? undefined
            : { secretKey: env.STRIPE_SECRET_KEY, apiBase: env.STRIPE_API_BASE },
        khalti:
          env.KHALTI_SECRET_KEY === undefined
            ? undefined
            : { secretKey: env.KHALTI_SECRET_KEY, verifyUrl: env.KHALTI_VERIFY_URL },
      },
      bankTransfer: {
        iban: env.BANK_TRANSFER_IBAN,
        beneficiary: env.BANK_TRANSFER_BENEFICIARY,
        deadlineDays: env.BANK_TRANSFER_DEADLINE_DAYS,
      },
      pricing: { veniqaCharges: env.VENIQA_TARIFFS_AND_SERVICE_CHARGE },
      // 0 keeps every catalogue read strictly on Redis (see `localTtlMs` in @aneis/cache).
      catalogCache: { localTtlMs: env.CATALOG_CACHE_LOCAL_MS },
    };
  });

export type ShoppingServerConfig = z.infer<typeof shoppingServerConfigSchema>;
