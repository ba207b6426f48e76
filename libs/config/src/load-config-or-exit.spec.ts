import { z } from 'zod';
import { loadConfigOrExit } from './load-config-or-exit.js';
import { port } from './fragments/port.js';

const schema = z.object({ PORT: port.default(3000) });

class ExitCalled extends Error {
  constructor(readonly code: number) {
    super(`exit(${code})`);
  }
}

function fakeExit(code: number): never {
  throw new ExitCalled(code);
}

describe('loadConfigOrExit', () => {
  it('when the environment is valid, then it returns the config without writing or exiting', () => {
    const written: string[] = [];

    const config = loadConfigOrExit(schema, { PORT: '4000' }, (m) => written.push(m), fakeExit);

    expect(config).toEqual({ PORT: 4000 });
    expect(written).toEqual([]);
  });

  it('when the environment is invalid, then it writes the problems and exits with 1', () => {
    const written: string[] = [];

    const run = () => loadConfigOrExit(schema, { PORT: '70000' }, (m) => written.push(m), fakeExit);

    expect(run).toThrow(ExitCalled);
    expect(run).toThrow('exit(1)');
    expect(written[0]).toContain('PORT: expected an integer between 0 and 65535, got "70000"');
  });
});
