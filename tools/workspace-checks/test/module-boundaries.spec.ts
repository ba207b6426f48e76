import { boundaryMessages, lintSnippet } from './lint-snippet.js';

// These fixtures never exist on disk: each is linted as if it were a file inside a real project,
// so the rule is judged against the workspace's actual tags and project graph.
describe('module boundaries', () => {
  // The first lint loads the config and builds Nx's project graph: seconds on a busy CI machine,
  // so it happens here, under the hook's timeout, and not inside the first test's 5 s.
  beforeAll(async () => {
    await lintSnippet('libs/contracts/src/warm-up-fixture.ts', 'export const warm = 1;\n');
  }, 120_000);

  it('when the contracts lib imports a server-side lib, then lint fails', async () => {
    const result = await lintSnippet(
      'libs/contracts/src/forbidden-fixture.ts',
      "import { createMongoConnection } from '@aneis/data';\nexport const x = createMongoConnection;\n",
    );
    expect(boundaryMessages(result).join('\n')).toMatch(/can only depend on libs tagged with/);
  });

  it('when the contracts lib imports mongoose, then lint fails', async () => {
    const result = await lintSnippet(
      'libs/contracts/src/forbidden-fixture.ts',
      "import mongoose from 'mongoose';\nexport const x = mongoose;\n",
    );
    expect(boundaryMessages(result).join('\n')).toMatch(/mongoose/);
  });

  it('when a util lib imports express, then lint fails', async () => {
    const result = await lintSnippet(
      'libs/config/src/forbidden-fixture.ts',
      "import express from 'express';\nexport const x = express;\n",
    );
    expect(boundaryMessages(result).join('\n')).toMatch(/express/);
  });

  it('when code meant for any platform imports a Node-only lib, then lint fails', async () => {
    const result = await lintSnippet(
      'libs/errors/src/forbidden-fixture.ts',
      "import { readConfig } from '@aneis/config';\nexport const x = readConfig;\n",
    );
    expect(boundaryMessages(result).join('\n')).toMatch(
      /"platform:any" can only depend on libs tagged with "platform:any"/,
    );
  });

  it('when a data-access lib imports a feature lib, then lint fails', async () => {
    const result = await lintSnippet(
      'libs/cache/src/forbidden-fixture.ts',
      "import * as http from '@aneis/http';\nexport const x = http;\n",
    );
    expect(boundaryMessages(result).join('\n')).toMatch(/can only depend on libs tagged with/);
  });

  it('when a feature lib imports a util lib it may use, then lint passes the boundary rule', async () => {
    const result = await lintSnippet(
      'libs/http/src/allowed-fixture.ts',
      "import * as errors from '@aneis/errors';\nexport const x = errors;\n",
    );
    expect(boundaryMessages(result)).toEqual([]);
  });
});
