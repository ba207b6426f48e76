import { createLocalEntries } from './local-entries.js';

function clock() {
  const time = { now: 0 };
  return Object.assign(time, { read: () => time.now });
}

describe('createLocalEntries', () => {
  it('when an entry is younger than the TTL, then it is served; once as old, then it is gone', () => {
    const time = clock();
    const entries = createLocalEntries({ ttlMs: 1_000, maxChars: 100, now: time.read });
    entries.set('a', '"x"');
    time.now = 999;
    expect(entries.get('a')).toBe('"x"');
    time.now = 1_000;
    expect(entries.get('a')).toBeUndefined();
  });

  it('when the budget is exceeded, then the least recently used entries leave first', () => {
    const entries = createLocalEntries({ ttlMs: 1_000, maxChars: 10, now: () => 0 });
    entries.set('a', '"aaa"'); // 5 characters
    entries.set('b', '"bbb"'); // 10
    expect(entries.get('a')).toBe('"aaa"'); // a is now the most recent
    entries.set('c', '"ccc"'); // 15: b leaves
    expect(entries.get('b')).toBeUndefined();
    expect(entries.get('a')).toBe('"aaa"');
    expect(entries.get('c')).toBe('"ccc"');
  });

  it('when the most recent entry is read again and again, then the order of the others holds', () => {
    const entries = createLocalEntries({ ttlMs: 1_000, maxChars: 10, now: () => 0 });
    entries.set('a', '"aaa"');
    entries.set('b', '"bbb"');
    expect(entries.get('b')).toBe('"bbb"');
    expect(entries.get('b')).toBe('"bbb"');
    expect(entries.get('a')).toBe('"aaa"'); // now a is the most recent
    expect(entries.get('a')).toBe('"aaa"');
    entries.set('c', '"ccc"'); // b leaves
    expect(entries.get('b')).toBeUndefined();
    entries.delete('c');
    entries.set('b', '"bbb"'); // a and b fit; a is older
    entries.set('c', '"ccc"'); // a leaves
    expect(entries.get('a')).toBeUndefined();
    expect(entries.get('b')).toBe('"bbb"');
  });

  it('when one entry alone is larger than the budget, then it is not kept', () => {
    const entries = createLocalEntries({ ttlMs: 1_000, maxChars: 4, now: () => 0 });
    entries.set('big', '"too long"');
    expect(entries.get('big')).toBeUndefined();
    entries.set('ok', '1');
    expect(entries.get('ok')).toBe('1');
  });

  it('when entries are deleted or cleared, then they are not served and free their budget', () => {
    const entries = createLocalEntries({ ttlMs: 1_000, maxChars: 6, now: () => 0 });
    entries.set('a', '"aa"');
    entries.delete('a');
    entries.set('b', '"bb"');
    expect(entries.get('b')).toBe('"bb"');
    entries.clear();
    expect(entries.get('b')).toBeUndefined();
    entries.set('c', '"cccc"');
    expect(entries.get('c')).toBe('"cccc"');
  });
});
