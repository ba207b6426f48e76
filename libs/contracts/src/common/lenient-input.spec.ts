import { adminCatalogSearchBodySchema } from '../management/catalog.js';
import { absentWhenBlank, numberFromText } from './lenient-input.js';
import { z } from 'zod';

describe('lenient input', () => {
  it('when a field is "" or null, then it is absent', () => {
    const schema = z.object({ store: absentWhenBlank(z.string().min(2)) });
    expect(schema.parse({ store: '' })).toEqual({});
    expect(schema.parse({ store: null })).toEqual({});
    expect(schema.parse({ store: 'AMAZON' })).toEqual({ store: 'AMAZON' });
  });

  it('when a blankable field is invalid, then the message is the real reason', () => {
    const result = adminCatalogSearchBodySchema.safeParse({
      pagingOptions: { page: 1, limit: 10 },
      sortRule: 'password',
      searchFilters: { store: '', category: 'abc' },
    });
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^sortRule: unknown sort field "password"/),
      'searchFilters.category: must be a 24-character hexadecimal id',
    ]);
  });

  it('when a number arrives as the text of an input, then it is that number', () => {
    const schema = numberFromText(z.number().min(0));
    expect(schema.parse('27.99')).toBe(27.99);
    expect(schema.parse(3)).toBe(3);
    expect(schema.safeParse('twenty').success).toBe(false);
    expect(schema.safeParse('-1').success).toBe(false);
  });
});
