import { z } from 'zod';
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
      storefrontLinkStyle: env.STOREFRONT_LINK_STYLE,
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
      // 0 keeps every catalogue read strictly on Redis (see `localTtlMs` in @aneis/cache).
      catalogCache: { localTtlMs: env.CATALOG_CACHE_LOCAL_MS },
    };
  });

export type ShoppingServerConfig = z.infer<typeof shoppingServerConfigSchema>;
