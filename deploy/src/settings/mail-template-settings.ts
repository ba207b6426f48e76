import { environmentVariables } from '@aneis/config';
import type { DeploySettings, MailServer, SettingSource } from './settings.js';

/**
 * The servers that send mail, and the prefix of their template-id variables. The names are the
 * ones deploy:secrets used to take, so an operator's existing variables keep working.
 */
export const mailServerPrefixes: Readonly<Record<MailServer, string>> = {
  'shopping-server': 'SHOPPING',
  'management-server': 'MANAGEMENT',
};

export const mailServers = Object.keys(mailServerPrefixes) as MailServer[];

export function isMailServer(name: string): name is MailServer {
  return Object.hasOwn(mailServerPrefixes, name);
}

/** The config lib's SENDGRID_TEMPLATE_* variables one server reads, one per mail it sends. */
export function mailTemplateVariables(server: MailServer): string[] {
  return environmentVariables
    .filter((v) => v.name.startsWith('SENDGRID_TEMPLATE_') && v.apps.includes(server))
    .map((v) => v.name);
}

/** `SHOPPING_SENDGRID_TEMPLATE_ORDER_RECEIVED`: the setting that gives one server one id. */
export function mailTemplateSetting(server: MailServer, variable: string): string {
  return `${mailServerPrefixes[server]}_${variable}`;
}

/** The servers would refuse an id with spaces (config lib): refuse it before it is deployed. */
function templateIdFrom(setting: string, value: string): string {
  if (!/^\S+$/.test(value)) {
    throw new Error(`${setting} must be a SendGrid template id without spaces, not "${value}"`);
  }
  return value;
}

function withTemplateId(
  settings: DeploySettings,
  server: MailServer,
  variable: string,
  id: string,
): DeploySettings {
  const ids = { ...settings.mailTemplates[server], [variable]: id };
  return { ...settings, mailTemplates: { ...settings.mailTemplates, [server]: ids } };
}

/** One setting per server and template, e.g. `--shopping-sendgrid-template-order-received`. */
export const mailTemplateSources: readonly SettingSource[] = mailServers.flatMap((server) =>
  mailTemplateVariables(server).map((variable) => {
    const env = mailTemplateSetting(server, variable);
    return {
      env,
      flag: `--${env.toLowerCase().replaceAll('_', '-')}`,
      help: `${server}'s ${variable} (SendGrid dynamic template id, d-…)`,
      apply: (s: DeploySettings, v: string) =>
        withTemplateId(s, server, variable, templateIdFrom(env, v)),
    };
  }),
);
