import type { Customization } from './customization.js';
import { keyedVariants, lowestPriceCents, variantProblems } from './variant-rules.js';

const options: Customization[] = [
  { type: 'Array', name: 'Tamanho', key: 'tamanho', values: ['48', '62'] },
  {
    type: 'Array',
    name: 'Metal',
    key: 'metal',
    values: ['Ouro', 'Platina'],
    valueDetails: [
      { value: 'Ouro', priceDelta: -5_000 },
      { value: 'Platina', priceDelta: 30_000 },
    ],
  },
];

describe('variant rules', () => {
  it('when every variant names the same options with their own values once, then nothing is wrong', () => {
    expect(
      variantProblems(options, [
        { choices: { tamanho: '48', metal: 'Ouro' }, stock: 1 },
        { choices: { metal: 'Platina', tamanho: '48' }, stock: 0 },
      ]),
    ).toEqual([]);
  });

  it('when a variant names another option set, an unknown value, a repeated combination or mixes tracking, then each is said', () => {
    const problems = variantProblems(options, [
      { choices: { tamanho: '48', metal: 'Ouro' }, stock: 1 },
      { choices: { tamanho: '48' } },
      { choices: { tamanho: '50', metal: 'Ouro' }, stock: 1 },
      { choices: { metal: 'Ouro', tamanho: '48' }, stock: 2 },
    ]);
    expect(problems).toEqual([
      'variant 2 must name exactly the options metal, tamanho',
      'variant 3: "50" is not a value of "Tamanho"',
      'variant 4 repeats a combination',
      'either every variant tracks its stock or none does',
    ]);
    expect(variantProblems(options, [{ choices: { cor: 'x' } }])).toEqual([
      'variant 1 names "cor", which is not an option',
    ]);
  });

  it('when variants are stored, then each carries the key of its combination', () => {
    const [first, second] = keyedVariants([
      { choices: { tamanho: '48', metal: 'Ouro' } },
      { choices: { metal: 'Ouro', tamanho: '48' } },
    ]);
    expect(first?.key).toBe(second?.key);
  });

  it('when the cheapest choices are taken, then the lowest price counts every negative difference', () => {
    expect(lowestPriceCents(10_000, options)).toBe(5_000);
    expect(lowestPriceCents(4_000, options)).toBe(-1_000);
  });
});
