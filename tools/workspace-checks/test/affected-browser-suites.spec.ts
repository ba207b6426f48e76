import { execFileSync } from 'node:child_process';
import { readCachedProjectGraph, workspaceRoot } from '@nx/devkit';

// `nx affected` runs a project when it, or anything it depends on, changed. The browser suites
// import almost nothing (they drive the local stack over HTTP), so unless the graph says what
// they test, a webclient, server or lib change leaves them out and CI never proves it.
const SUITES = {
  'shopping-webclient-e2e': 'shopping-webclient',
  'management-webclient-e2e': 'management-webclient',
} as const;

describe('affected browser suites', () => {
  const graph = readCachedProjectGraph();

  /** `project` and everything it depends on, following every kind of edge as `affected` does. */
  function closure(project: string): Set<string> {
    const seen = new Set<string>();
    const queue = [project];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      for (const edge of graph.dependencies[next] ?? []) {
        if (graph.nodes[edge.target]) queue.push(edge.target);
      }
    }
    return seen;
  }

  it('when the stack the suites start is read, then it runs both servers, both webclients and the website', () => {
    const stack = closure('local-stack');
    for (const app of [
      'shopping-server',
      'management-server',
      'shopping-webclient',
      'management-webclient',
      'website',
    ]) {
      expect(stack).toContain(app);
    }
  });

  it.each(Object.entries(SUITES))(
    'when anything %s tests changes (%s, the servers, the libs they use, the local stack), then the suite is affected',
    (suite, webclient) => {
      const tested = new Set([...closure('local-stack'), ...closure(webclient)]);
      const dependedOn = closure(suite);
      expect([...tested].filter((project) => !dependedOn.has(project)).sort()).toEqual([]);
    },
  );

  // The graph check above is what `affected` computes; this asks the real command once, so a
  // change in how Nx reads the declarations cannot slip past.
  it('when a webclient file and a server file change, then `nx show projects --affected` lists the suites', () => {
    const affectedBy = (file: string) =>
      execFileSync('npx', ['nx', 'show', 'projects', '--affected', `--files=${file}`], {
        cwd: workspaceRoot,
        env: { ...process.env, NX_DAEMON: 'false' },
        encoding: 'utf8',
      })
        .split('\n')
        .map((line) => line.trim());
    expect(affectedBy('apps/management-webclient/src/main.ts')).toContain(
      'management-webclient-e2e',
    );
    const byServer = affectedBy('apps/shopping-server/src/main.ts');
    expect(byServer).toContain('shopping-webclient-e2e');
    expect(byServer).toContain('management-webclient-e2e');
  }, 120_000);
});
