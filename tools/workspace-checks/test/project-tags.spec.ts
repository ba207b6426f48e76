import { readCachedProjectGraph } from '@nx/devkit';

// Boundary rules only bite on projects that carry tags; an untagged project would slip past them.
describe('project tags', () => {
  const graph = readCachedProjectGraph();
  const projects = Object.values(graph.nodes);

  it('when the workspace is read, then it has the shared libs', () => {
    const names = projects.map((p) => p.name);
    for (const lib of [
      'config',
      'logging',
      'data',
      'cache',
      'http',
      'auth',
      'mail',
      'contracts',
      'errors',
    ]) {
      expect(names).toContain(lib);
    }
  });

  it.each(projects.map((p) => [p.name, p.data.tags ?? []] as const))(
    'when project %s is read, then it carries one scope, one type and one platform tag',
    (_name, tags) => {
      for (const dimension of ['scope', 'type', 'platform']) {
        expect(tags.filter((t) => t.startsWith(`${dimension}:`))).toHaveLength(1);
      }
    },
  );

  // Implicit dependencies only tell `nx affected` that a browser suite tests an app; they import
  // nothing, so they are the one kind of edge allowed to point at an app.
  it('when any project imports another, then the target is never an app', () => {
    const apps = new Set(
      projects.filter((p) => p.data.tags?.includes('type:app')).map((p) => p.name),
    );
    const edges = Object.entries(graph.dependencies).flatMap(([source, deps]) =>
      deps
        .filter((d) => d.type !== 'implicit' && apps.has(d.target))
        .map((d) => `${source} -> ${d.target}`),
    );
    expect(edges).toEqual([]);
  });
});
