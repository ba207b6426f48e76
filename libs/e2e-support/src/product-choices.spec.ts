import { choicesFor } from './product-choices.js';

describe('choicesFor', () => {
  const ring = {
    customizationOptions: {
      customizations: [
        { key: 'tamanho', values: ['50', '62'] },
        { key: 'metal', values: ['Ouro 18k', 'Platina 950'] },
        { key: 'gravacao', values: ['Sem gravação', 'Com gravação'], required: true },
        { key: 'caixa', values: ['Simples', 'Oferta'] },
      ],
    },
    variants: [
      { choices: { tamanho: '50', metal: 'Ouro 18k' }, stock: 0 },
      { choices: { tamanho: '62', metal: 'Platina 950' }, stock: 2 },
    ],
  };

  it('when the first variant is sold out, then the first one on sale is chosen, with the first value of every other required option', () => {
    expect(choicesFor(ring)).toEqual({
      tamanho: '62',
      metal: 'Platina 950',
      gravacao: 'Sem gravação',
    });
  });

  it('when a product has no variants and nothing required, then nothing is chosen', () => {
    expect(
      choicesFor({
        customizationOptions: { customizations: [{ key: 'caixa', values: ['Simples'] }] },
      }),
    ).toEqual({});
  });
});
