import { createInputMemory } from './input-memory.js';

describe('createInputMemory', () => {
  it('when an input is kept, then it is found by its text, frozen all the way down', () => {
    const memory = createInputMemory();
    const prepared = { paging: { page: 1 }, ids: ['a'], since: new Date(0) };
    expect(memory.has('{"page":1}')).toBe(false);
    expect(memory.keep('{"page":1}', prepared)).toBe(prepared);
    expect(memory.has('{"page":1}')).toBe(true);
    expect(memory.get('{"page":1}')).toBe(prepared);
    expect(Object.isFrozen(prepared.paging)).toBe(true);
    expect(Object.isFrozen(prepared.ids)).toBe(true);
    // A class instance is not ours to freeze.
    expect(Object.isFrozen(prepared.since)).toBe(false);
  });

  it('when a request has no text or a long one, then its input is frozen but not kept', () => {
    const memory = createInputMemory();
    const long = `{"q":"${'x'.repeat(2000)}"}`;
    const prepared = memory.keep(long, { q: 'x' });
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(memory.has(long)).toBe(false);
    memory.keep(undefined, {});
    expect(memory.has(undefined)).toBe(false);
  });

  it('when more distinct texts come than it holds, then it starts afresh instead of growing', () => {
    const memory = createInputMemory();
    for (let index = 0; index < 256; index += 1) memory.keep(`q=${index}`, index);
    expect(memory.has('q=0')).toBe(true);
    memory.keep('q=256', 256);
    expect(memory.has('q=0')).toBe(false);
    expect(memory.has('q=256')).toBe(true);
  });
});
