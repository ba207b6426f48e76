/** An error whose message is meant for the person at the terminal, as is. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Runs a command's main and turns any failure into one sentence on stderr and a non-zero exit:
 * an operator needs to know what to do, not read a stack.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${message}\n`);
      process.exitCode = error instanceof CliError ? error.exitCode : 1;
    },
  );
}

/** Whether a flag (e.g. `--dry-run`) is present among the non-setting arguments. */
export function hasFlag(rest: readonly string[], ...names: string[]): boolean {
  return rest.some((arg) => names.includes(arg));
}

/** The value after `--name` (or `--name=value`) among the non-setting arguments. */
export function flagValue(rest: readonly string[], name: string): string | undefined {
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (arg === name) return rest[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
