import { assertTtlSeconds, maxTtlSeconds } from './ttl-seconds.js';

describe('assertTtlSeconds', () => {
  it.each([0, -1, maxTtlSeconds + 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'when the TTL is %s, then it is rejected',
    (ttl) => {
      expect(() => assertTtlSeconds(ttl)).toThrow(RangeError);
    },
  );

  it.each([1, 60, maxTtlSeconds])('when the TTL is %s, then it is accepted', (ttl) => {
    expect(() => assertTtlSeconds(ttl)).not.toThrow();
  });
});
