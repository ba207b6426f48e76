import type { z } from 'zod';
import { ConfigError } from './config-error.js';
import { readConfig } from './read-config.js';

/**
 * For app entry points: a bad environment is an operator error, so print the list of problems
 * (no stack trace to wade through) and stop with exit code 1.
 */
export function loadConfigOrExit<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
  write: (message: string) => void = console.error,
  exit: (code: number) => never = process.exit,
): z.infer<S> {
  try {
    return readConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    write(error.message);
    return exit(1);
  }
}
