import { z } from 'zod';
import { directoryPath } from '../fragments/text-formats.js';
import { WEBSITE } from './app-names.js';
import { runtimeEnvShape, toRuntimeConfig } from './runtime-env.js';

export const websiteConfigSchema = z
  .object({
    ...runtimeEnvShape({ port: 8080, serviceName: WEBSITE, syslogFacility: 'local2' }),
    STATIC_DIR: directoryPath.optional(),
  })
  .transform((env) => ({
    ...toRuntimeConfig(env),
    // Absent means the site's own bundled files; the server decides where those are.
    staticDir: env.STATIC_DIR,
  }));

export type WebsiteConfig = z.infer<typeof websiteConfigSchema>;
