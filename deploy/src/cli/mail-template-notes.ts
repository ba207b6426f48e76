import { mailTemplateSources } from '../settings/mail-template-settings.js';

/**
 * What deploy:secrets says about SendGrid template ids, which it used to store and no longer
 * does. It still takes them without complaint (an operator's secrets.env may hold them), but
 * points to where they belong now so they are not silently lost.
 */
export function givenTemplateIdsNote(given: Record<string, string | undefined>): string[] {
  const named = mailTemplateSources
    .map((s) => s.env)
    .filter((env) => given[env] !== undefined && given[env] !== '');
  if (named.length === 0) return [];
  return [
    `not stored in a Secret: ${named.join(', ')}. Template ids are deploy settings now; ` +
      'deploy:apply puts them in the ConfigMaps, reading the environment or deploy/settings.env.',
  ];
}

/** Ids an older deploy:secrets left in a server's Secret; this run's apply omits them. */
export function staleTemplateKeys(existing: Readonly<Record<string, string>>): string[] {
  return Object.keys(existing).filter((key) => key.startsWith('SENDGRID_TEMPLATE_'));
}
