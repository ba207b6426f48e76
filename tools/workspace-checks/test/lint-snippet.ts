import { ESLint } from 'eslint';
import path from 'node:path';

export const workspaceRoot = path.resolve(import.meta.dirname, '../../..');

let eslint: ESLint | undefined;

/** Lints source text as if it lived at `relativePath`, using the workspace's real flat config. */
export async function lintSnippet(relativePath: string, code: string): Promise<ESLint.LintResult> {
  eslint ??= new ESLint({ cwd: workspaceRoot });
  const [result] = await eslint.lintText(code, {
    filePath: path.join(workspaceRoot, relativePath),
  });
  if (!result) throw new Error(`ESLint returned no result for ${relativePath}`);
  return result;
}

export function boundaryMessages(result: ESLint.LintResult): string[] {
  return result.messages
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
    .map((m) => m.message);
}
