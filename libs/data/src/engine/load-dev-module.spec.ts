import { loadDevModule } from './load-dev-module.js';

describe('loadDevModule', () => {
  it('when the package is missing, then the error names it and says what to do instead', async () => {
    const name = 'aneis-package-that-does-not-exist';

    const failure = await loadDevModule(
      name,
      () => import(/* @vite-ignore */ name),
      'a test engine',
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      `${name} is not installed, so a test engine is unavailable. It is a development dependency: ` +
        'install dev dependencies, or set MONGODB_URI to a real MongoDB server.',
    );
  });

  it('when the package is there, then its module is returned', async () => {
    const module = await loadDevModule('node:path', () => import('node:path'), 'paths');

    expect(typeof module.join).toBe('function');
  });
});
