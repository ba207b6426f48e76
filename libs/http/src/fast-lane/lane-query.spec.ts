import { parse } from 'node:querystring';
import { parseLaneQuery } from './lane-query.js';

function inheritedNames(object: object): string[] {
  const names: string[] = [];
  for (
    let above = Object.getPrototypeOf(object);
    above !== null;
    above = Object.getPrototypeOf(above)
  ) {
    names.push(...Object.getOwnPropertyNames(above));
  }
  return names;
}

describe('parseLaneQuery', () => {
  it.each([
    '',
    'productId=65a1b2c3d4e5f60718293a4b',
    'name=new-arrivals',
    'a=',
    'a',
    '=x',
    '__proto__=polluted',
    'constructor=x',
    'a=1&b=2',
    'a=1&a=2',
    'a=1&&b=2',
    'q=two+words',
    'q=%C3%A1gua',
    'q=%zz',
    'a[b]=1',
    'a=b=c',
    'country=PT&extra=1',
  ])('when the query is "%s", then it reads exactly as node:querystring does', (query) => {
    const ours = parseLaneQuery(query);
    expect({ ...ours }).toStrictEqual({ ...parse(query) });
    expect(Object.keys(ours)).toEqual(Object.keys(parse(query)));
    // Nothing inherited, as from node:querystring's null-prototype objects.
    expect(inheritedNames(ours)).toEqual([]);
  });

  it('when a plain pair is named __proto__, then no prototype is touched', () => {
    const parsed = parseLaneQuery('__proto__=polluted');
    expect(parsed['__proto__']).toBe('polluted');
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
