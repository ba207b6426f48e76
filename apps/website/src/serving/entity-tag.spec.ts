import { entityTag, ifNoneMatchMatches } from './entity-tag.js';

describe('entity tags', () => {
  const tag = entityTag(Buffer.from('ring'));

  it('when two bodies differ, then their tags differ; equal bodies share one', () => {
    expect(entityTag(Buffer.from('ring'))).toBe(tag);
    expect(entityTag(Buffer.from('band'))).not.toBe(tag);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
  });

  it.each([
    [undefined, false],
    ['"other"', false],
    [tag, true],
    [`W/${tag}`, true],
    [`"a", ${tag}, "b"`, true],
    ['*', true],
    [' * ', true],
  ])('when If-None-Match is %j, then it matches: %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(expected);
  });
});
