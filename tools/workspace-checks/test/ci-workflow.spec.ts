import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { parse } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

// What the GitHub workflow must keep doing for the suites to prove anything there; nobody runs
// it on this machine, so a rename or a lost line would otherwise go unnoticed until a push.
describe('the GitHub workflow', () => {
  const workflow = parse(readFileSync(join(workspaceRoot, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: { affected: { steps: Step[]; env: Record<string, string> } };
  };
  const { steps, env } = workflow.jobs.affected;

  it('when the affected projects are tested, then the browser suites are handed a browser', () => {
    const affected = steps.find((step) => step.run?.includes('nx affected'));
    const browser = steps.find((step) => step.uses?.startsWith('browser-actions/setup-chrome@'));
    expect(browser?.id).toBeDefined();
    expect(steps.indexOf(browser as Step)).toBeLessThan(steps.indexOf(affected as Step));
    expect(affected?.env?.['CHROMIUM_PATH']).toBe(
      `\${{ steps.${browser?.id}.outputs.chrome-path }}`,
    );
  });

  it('when it runs, then the sign-up race tests run against its real MongoDB, files that exist', () => {
    expect(env['MONGODB_URI']).toMatch(/^mongodb:\/\/.*replicaSet=/);
    const races = steps.find((step) => step.name === 'Sign-up races on real MongoDB');
    const run = races?.run ?? '';
    const specs = [...run.matchAll(/\(cd (\S+) && npx vitest run ([^)]+)\)/g)].flatMap(
      ([, dir, files]) => (files ?? '').split(/\s+/).map((file) => join(dir ?? '', file)),
    );
    expect(specs).toEqual(
      expect.arrayContaining([
        'apps/shopping-server/test/signup-race.spec.ts',
        'apps/management-server/test/admin-email-race.spec.ts',
      ]),
    );
    for (const spec of specs) expect(existsSync(join(workspaceRoot, spec))).toBe(true);
  });
});
