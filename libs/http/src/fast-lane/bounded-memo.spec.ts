import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('when an input repeats, then the remembered answer is given without computing again', () => {
    const seen: string[] = [];
    const upper = boundedMemo(4, (input) => {
      seen.push(input);
      return input.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('when more distinct inputs than its capacity arrive, then it forgets and stays bounded', () => {
    const seen: string[] = [];
    const echo = boundedMemo(2, (input) => {
      seen.push(input);
      return input;
    });
    for (const input of ['a', 'b', 'c', 'a']) echo(input);
    // 'c' found the memo full and started over, so 'a' was computed again.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
