import { z } from 'zod';
import { hostileOperator } from '../../test/fixtures.js';
import {
  boundedRecord,
  countryRefSchema,
  httpUrlSchema,
  mapKeySchema,
  optionalText,
  requiredText,
} from './text.js';

describe('text building blocks', () => {
  it('when text is padded, then it is trimmed; blank or oversized text is refused', () => {
    const name = requiredText(5);
    expect(name.parse('  Ann ')).toBe('Ann');
    expect(name.safeParse('   ').success).toBe(false);
    expect(name.safeParse('Annabel').success).toBe(false);
    expect(name.safeParse(hostileOperator).success).toBe(false);
  });

  it('when optional text is absent or empty, then it is accepted', () => {
    const text = optionalText(5);
    expect(text.parse(undefined)).toBeUndefined();
    expect(text.parse('')).toBe('');
    expect(text.safeParse('toolong').success).toBe(false);
  });

  it.each(['$where', 'a.b', '', ' lead', 'x'.repeat(61)])(
    'when a map key is %j, then it is refused',
    (key) => {
      expect(mapKeySchema.safeParse(key).success).toBe(false);
    },
  );

  it('when a map has operator keys or too many entries, then it is refused', () => {
    const map = boundedRecord(z.string(), 2);
    expect(map.parse({ Size: '10', color: 'Black|#000000' })).toEqual({
      Size: '10',
      color: 'Black|#000000',
    });
    expect(map.safeParse({ $gt: '' }).success).toBe(false);
    expect(map.safeParse({ a: '1', b: '2', c: '3' }).success).toBe(false);
    expect(map.safeParse({ a: hostileOperator }).success).toBe(false);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://x.org/a', 'not a url', '/relative'])(
    'when a URL is %j, then it is refused',
    (url) => {
      expect(httpUrlSchema.safeParse(url).success).toBe(false);
    },
  );

  it('when a URL is http(s), then it is accepted (underscores included)', () => {
    expect(httpUrlSchema.parse('https://www.amazon.com/some_product')).toBe(
      'https://www.amazon.com/some_product',
    );
  });

  it('when a country is given by name or code, then both are accepted', () => {
    expect(countryRefSchema.parse('United States of America')).toBe('United States of America');
    expect(countryRefSchema.parse('PT')).toBe('PT');
    expect(countryRefSchema.safeParse('$ne').success).toBe(false);
    expect(countryRefSchema.safeParse(hostileOperator).success).toBe(false);
  });
});
