import { z } from 'zod';
import { ConfigError, type ConfigIssue } from './config-error.js';
import { isSecretVariable, showValue } from './secret-variables.js';

/**
 * The one place that turns `process.env` into a typed config. Empty strings count as unset,
 * because deployment templates often render an optional variable as `NAME=`.
 */
export function readConfig<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const present = withoutEmptyValues(env);
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(toConfigIssues(result.error, present));
}

function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') present[name] = value;
  }
  return present;
}

function toConfigIssues(error: z.ZodError, env: Record<string, string>): ConfigIssue[] {
  const problemsByVariable = new Map<string, string[]>();
  for (const issue of error.issues) {
    const variable = issue.path.length > 0 ? String(issue.path[0]) : '(environment)';
    const problems = problemsByVariable.get(variable) ?? [];
    if (!problems.includes(issue.message)) problems.push(issue.message);
    problemsByVariable.set(variable, problems);
  }
  return [...problemsByVariable].map(([variable, problems]) => ({
    variable,
    problem: problems.join('; ') + valueSuffix(variable, env[variable]),
  }));
}

function valueSuffix(variable: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (isSecretVariable(variable)) return ' (value hidden)';
  return `, got ${showValue(value)}`;
}
