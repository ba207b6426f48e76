import { productFacets } from './product-facets.js';

describe('productFacets', () => {
  it('when a ring offers metals and sizes as options, then both are filed by code and size', () => {
    expect(
      productFacets({
        customizationOptions: {
          customizations: [
            { type: 'Array', name: 'Tamanho (EU)', key: 'tamanho', values: ['52', '50', '51'] },
            {
              type: 'Array',
              name: 'Metal',
              key: 'metal',
              values: ['Platina 950', 'Ouro branco 18k'],
            },
          ],
        },
      }),
    ).toEqual({ metals: ['ouro-branco', 'platina'], sizes: ['50', '51', '52'] });
  });

  it('when a ring is made in one metal, then its "Metal" attribute files it (PT or EN)', () => {
    expect(productFacets({ custom_attributes: { Metal: 'Prata 925' } }).metals).toEqual(['prata']);
    expect(productFacets({ custom_attributes: { metal: 'Rose gold 9k' } }).metals).toEqual([
      'ouro-rosa',
    ]);
  });

  it('when options are not ring sizes or metals (Veniqa’s S/M sizes), then nothing is filed', () => {
    expect(
      productFacets({
        customizationOptions: {
          customizations: [{ type: 'Array', name: 'Size', key: 'size', values: ['S', 'M'] }],
        },
        custom_attributes: { Pedra: 'Ouro? não, safira' },
      }),
    ).toEqual({ metals: [], sizes: [] });
  });
});
