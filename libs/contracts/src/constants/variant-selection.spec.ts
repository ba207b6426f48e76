import {
  describeChoiceLabels,
  findVariant,
  labelChoices,
  missingChoices,
  unitPriceCents,
  variantKey,
  type VariantProduct,
} from './variant-selection.js';

const ring: VariantProduct = {
  customizationOptions: {
    customizations: [
      {
        type: 'Array',
        name: 'Tamanho (EU)',
        key: 'tamanho',
        labels: { pt: 'Tamanho (EU)', en: 'Size (EU)' },
        required: true,
      },
      {
        type: 'Array',
        name: 'Metal',
        key: 'metal',
        labels: { pt: 'Metal', en: 'Metal' },
        valueDetails: [
          { value: 'Ouro amarelo 18k', labels: { pt: 'Ouro amarelo 18k', en: '18k yellow gold' } },
          {
            value: 'Platina 950',
            labels: { pt: 'Platina 950', en: 'Platinum 950' },
            priceDelta: 38_700,
          },
          { value: 'Prata 925', priceDelta: -90_300 },
        ],
      },
      { type: 'Toggle', name: 'gravacao', key: 'gravacao' },
      {
        type: 'Colors',
        name: 'Pedra',
        key: 'pedra',
        valueDetails: [{ value: 'Rubi', priceDelta: 500 }],
      },
    ],
  },
  variants: [
    {
      key: variantKey({ tamanho: '62', metal: 'Platina 950' }, ['tamanho', 'metal']),
      choices: { tamanho: '62', metal: 'Platina 950' },
    },
    {
      key: variantKey({ tamanho: '62', metal: 'Ouro amarelo 18k' }, ['metal', 'tamanho']),
      choices: { metal: 'Ouro amarelo 18k', tamanho: '62' },
    },
  ],
};

describe('variant selection', () => {
  it('when a variant option or a required one is not chosen, then it is missing; optional ones never are', () => {
    expect(missingChoices(ring, {})).toEqual(['tamanho', 'metal']);
    expect(missingChoices(ring, { tamanho: '62' })).toEqual(['metal']);
    expect(missingChoices(ring, { tamanho: '62', metal: 'Platina 950' })).toEqual([]);
  });

  it('when the key order differs, then the same combination has the same key', () => {
    expect(variantKey({ a: '1', b: '2' }, ['b', 'a'])).toBe(
      variantKey({ b: '2', a: '1' }, ['a', 'b']),
    );
    expect(variantKey({ a: '1', b: '2' }, ['a', 'b'])).not.toBe(
      variantKey({ a: '2', b: '1' }, ['a', 'b']),
    );
  });

  it('when size and metal are chosen, then that combination is found; a missing or unknown one is not', () => {
    expect(findVariant(ring, { metal: 'Platina 950', tamanho: '62' })?.choices.metal).toBe(
      'Platina 950',
    );
    expect(findVariant(ring, { tamanho: '62' })).toBeUndefined();
    expect(findVariant(ring, { tamanho: '48', metal: 'Platina 950' })).toBeUndefined();
  });

  it('when values with price differences are chosen, then they add to (or take from) the price', () => {
    expect(unitPriceCents(129_000, ring, {})).toBe(129_000);
    expect(unitPriceCents(129_000, ring, { tamanho: '62', metal: 'Platina 950' })).toBe(167_700);
    expect(unitPriceCents(129_000, ring, { metal: 'Prata 925' })).toBe(38_700);
    expect(unitPriceCents(129_000, ring, { metal: 'Ouro amarelo 18k' })).toBe(129_000);
    // A colour is sent as "<name>|<hex>"; its difference is found by the name.
    expect(unitPriceCents(100, ring, { pedra: 'Rubi|#c21e3a' })).toBe(600);
  });

  it('when choices are labelled, then each reads in the language asked, names stand in for missing labels and unknown keys are left out', () => {
    const labels = labelChoices(ring, {
      metal: 'Platina 950',
      tamanho: '62',
      gravacao: 'Sim',
      other: 'x',
    });
    expect(describeChoiceLabels(labels, 'pt')).toBe(
      'Tamanho (EU): 62 · Metal: Platina 950 · gravacao: Sim',
    );
    expect(describeChoiceLabels(labels, 'en')).toBe(
      'Size (EU): 62 · Metal: Platinum 950 · gravacao: Sim',
    );
    expect(labels.map((label) => label.key)).toEqual(['tamanho', 'metal', 'gravacao']);
  });
});
