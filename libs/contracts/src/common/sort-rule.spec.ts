import { hostileOperator } from '../../test/fixtures.js';
import { parseSortRule, sortRuleSchema, tryParseSortRule } from './sort-rule.js';

const allowed = ['price', 'auditLog.createdOn', 'active'];

describe('sort rules', () => {
  it('when Veniqa sort strings are parsed, then each field gets a direction', () => {
    expect(parseSortRule('price -auditLog.createdOn', allowed)).toEqual({
      price: 1,
      'auditLog.createdOn': -1,
    });
    expect(parseSortRule('-auditLog.createdOn -price', allowed)).toEqual({
      'auditLog.createdOn': -1,
      price: -1,
    });
    expect(parseSortRule('-active', allowed)).toEqual({ active: -1 });
    expect(parseSortRule('+active', allowed)).toEqual({ active: 1 });
  });

  it('when the parsed rule is used, then its key order is the rule order', () => {
    expect(Object.keys(parseSortRule('price -auditLog.createdOn', allowed))).toEqual([
      'price',
      'auditLog.createdOn',
    ]);
  });

  it('when the rule is blank, then there is no sort', () => {
    expect(parseSortRule('   ', allowed)).toEqual({});
  });

  it.each(['password', '$where', '__proto__', 'price.$gt', '-', 'auditLog'])(
    'when a field is not allowed (%s), then the rule is refused',
    (rule) => {
      expect(() => parseSortRule(rule, allowed)).toThrow(/unknown sort field/);
    },
  );

  it('when a field is named twice, then the rule is refused', () => {
    expect(tryParseSortRule('price -price', allowed)).toEqual({
      ok: false,
      problem: 'sort field "price" is named twice',
    });
  });

  it('when too many fields are named, then the rule is refused', () => {
    expect(tryParseSortRule('a b c d e f', ['a', 'b', 'c', 'd', 'e', 'f']).ok).toBe(false);
  });

  it('when used as a schema field, then it outputs the safe sort object', () => {
    const schema = sortRuleSchema(allowed);
    expect(schema.parse('-active')).toEqual({ active: -1 });
    const refused = schema.safeParse('secret');
    expect(refused.error?.issues[0]?.message).toBe(
      'unknown sort field "secret"; allowed: price, auditLog.createdOn, active',
    );
  });

  it.each([hostileOperator, { price: 1 }, ['price'], 1, 'x'.repeat(201)])(
    'when the schema gets %j, then it is refused',
    (value) => {
      expect(sortRuleSchema(allowed).safeParse(value).success).toBe(false);
    },
  );
});
