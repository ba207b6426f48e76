import { z } from 'zod';

/** A SendGrid dynamic template id (`d-…`); any non-empty text is fine for the outbox. */
const templateId = z
  .string()
  .trim()
  .regex(/^\S+$/, 'expected a SendGrid template id such as d-1a2b…, without spaces');

export type TemplateVariable<N extends string> = `SENDGRID_TEMPLATE_${Uppercase<N>}`;

/** `order_received` → `SENDGRID_TEMPLATE_ORDER_RECEIVED`. */
export function templateVariable<N extends string>(name: N): TemplateVariable<N> {
  return `SENDGRID_TEMPLATE_${name.toUpperCase()}` as TemplateVariable<N>;
}

/** One optional variable per mail template an app sends. */
export function mailTemplatesShape<N extends string>(
  names: readonly N[],
): { [K in N as TemplateVariable<K>]: z.ZodOptional<typeof templateId> } {
  return Object.fromEntries(
    names.map((name) => [templateVariable(name), templateId.optional()]),
  ) as {
    [K in N as TemplateVariable<K>]: z.ZodOptional<typeof templateId>;
  };
}

/** Template name → provider id; an unset variable leaves the name itself (the outbox takes it). */
export function toMailTemplates<N extends string>(
  names: readonly N[],
  env: Partial<Record<string, unknown>>,
): Record<N, string> {
  return Object.fromEntries(
    names.map((name) => {
      const id = env[templateVariable(name)];
      return [name, typeof id === 'string' ? id : name];
    }),
  ) as Record<N, string>;
}

/**
 * Who renders the mails: `local` (our templates, in the servers; SendGrid receives finished
 * mails) or `sendgrid-templates` (SendGrid's dynamic templates, by SENDGRID_TEMPLATE_* id).
 */
export const mailRendering = z.enum(['local', 'sendgrid-templates'], {
  error: 'expected local or sendgrid-templates',
});

/**
 * With SENDGRID_API_KEY set and MAIL_RENDERING=sendgrid-templates, SendGrid renders from dynamic
 * templates and only fills their placeholders: every template then needs its `d-…` id, or the
 * first such mail would go out blank. Reported at start-up with every other problem.
 */
export function checkMailTemplateIds(
  names: readonly string[],
  env: Partial<Record<string, unknown>>,
  ctx: z.RefinementCtx,
): void {
  if (typeof env['SENDGRID_API_KEY'] !== 'string' || env['SENDGRID_API_KEY'].trim() === '') return;
  if (env['MAIL_RENDERING'] !== 'sendgrid-templates') return;
  for (const name of names) {
    const variable = templateVariable(name);
    const id = env[variable];
    if (typeof id !== 'string' || !id.startsWith('d-')) {
      ctx.addIssue({
        code: 'custom',
        path: [variable],
        message:
          'must be a SendGrid dynamic template id (d-…) when SENDGRID_API_KEY is set and MAIL_RENDERING=sendgrid-templates',
        input: undefined,
      });
    }
  }
}
