import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './workspace-root.js';

describe('workspaceRoot', () => {
  it('when started inside the repository, then it finds the folder holding the local stack', () => {
    const root = workspaceRoot();
    expect(existsSync(join(root, 'tools/local-stack/project.json'))).toBe(true);
    expect(workspaceRoot(join(root, 'libs/e2e-support/src'))).toBe(root);
  });

  it('when started outside any workspace, then it says so', () => {
    expect(() => workspaceRoot('/')).toThrow(/no workspace root above \//);
  });
});
