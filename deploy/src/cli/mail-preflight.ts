import type { DeploySettings } from '../settings/settings.js';
import {
  mailServers,
  mailTemplateSetting,
  mailTemplateVariables,
} from '../settings/mail-template-settings.js';
import { serverSecretName } from '../manifests/secret-catalogue.js';
import { staleTemplateKeys } from './mail-template-notes.js';
import { CliError } from './run-cli.js';

/**
 * Before the servers roll, the two ways moving the template ids out of the Secrets could break
 * them. Ids an older deploy:secrets left in a Secret would override the ConfigMap (envFrom reads
 * the Secret last), so a changed id would silently not apply. A server that has SendGrid render
 * its templates, with an API key and no `d-…` id for a mail, refuses to start, so say which
 * settings are missing rather than crash-loop.
 */
export function checkMailSettings(
  secretData: (name: string) => Readonly<Record<string, string>>,
  settings: DeploySettings,
): void {
  for (const server of mailServers) {
    const secretName = serverSecretName(server);
    const secret = secretData(secretName);
    if (staleTemplateKeys(secret).length > 0) {
      throw new CliError(
        `Secret ${secretName} still holds SendGrid template ids, which would override the ConfigMap: run \`nx run deploy:secrets\` to drop them (template ids are deploy settings now).`,
      );
    }
    // With local rendering SendGrid only delivers the mails we render: no template id is needed.
    if (settings.mailRendering !== 'sendgrid-templates') continue;
    if ((secret['SENDGRID_API_KEY'] ?? '') === '') continue;
    const ids = settings.mailTemplates[server];
    const missing = mailTemplateVariables(server)
      .filter((variable) => !(ids[variable] ?? '').startsWith('d-'))
      .map((variable) => mailTemplateSetting(server, variable));
    if (missing.length > 0) {
      throw new CliError(
        `${server} has a SendGrid API key but no d-… template id in ${missing.join(', ')}: set them in the environment or deploy/settings.env, or the server will refuse to start.`,
      );
    }
  }
}
