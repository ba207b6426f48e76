/** One environment variable that is missing or malformed, and what is wrong with it. */
export interface ConfigIssue {
  variable: string;
  problem: string;
}

/**
 * Thrown when the environment does not describe a runnable app. The message lists every
 * problem at once so an operator can fix the whole deployment in one go, not one restart per typo.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}

function formatIssues(issues: readonly ConfigIssue[]): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.map(({ variable, problem }) => `  ${variable}: ${problem}`);
  return [`Invalid configuration (${count}):`, ...lines].join('\n');
}
