import { createPassThroughCache } from './pass-through-cache.js';

describe('createPassThroughCache', () => {
  it('when read twice, then both reads load and nothing is kept', async () => {
    const cache = createPassThroughCache();
    let loads = 0;
    const load = async () => ({ n: ++loads });

    expect(await cache.getOrLoad('k', load)).toEqual({ n: 1 });
    expect(await cache.getOrLoadJson('k', load)).toBe('{"n":2}');
    expect(await cache.peek('k')).toBeUndefined();
    expect(cache.localJson('k')).toBeUndefined();
    await expect(cache.invalidateNamespace()).resolves.toBeUndefined();
  });

  it('when the loaded value has no JSON form, then getOrLoadJson rejects with a TypeError', async () => {
    await expect(
      createPassThroughCache().getOrLoadJson('k', async () => undefined),
    ).rejects.toThrow(TypeError);
  });
});
