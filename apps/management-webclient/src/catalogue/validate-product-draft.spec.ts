import {
  emptyDraft,
  type CustomizationDraft,
  type OptionDraft,
  type ProductDraft,
} from './product-draft.js';
import { htmlHasText, validateProductDraft } from './validate-product-draft.js';

function validDraft(): ProductDraft {
  return {
    ...emptyDraft(),
    store: 'Atelier',
    brand: 'Aneis',
    name: 'Anel de prata',
    sku: 'AN-1',
    categoryId: 'e0000000000000000000000e',
    tariffId: 'f0000000000000000000000f',
    price: '49.90',
    weight: '4.5',
    detailsHtml: '<p>Prata 925</p>',
  };
}

describe('product form validation', () => {
  it('when every required field is filled, then there is no problem', () => {
    expect(validateProductDraft(validDraft())).toEqual({});
  });

  it('when the form is empty, then each required field is flagged', () => {
    const problems = validateProductDraft(emptyDraft());
    expect(problems).toMatchObject({
      store: 'form.required',
      brand: 'form.required',
      name: 'form.required',
      sku: 'form.required',
      categoryId: 'form.required',
      tariffId: 'form.required',
      price: 'form.invalidNumber',
      weight: 'form.invalidNumber',
      detailsHtml: 'form.required',
    });
  });

  it('when amounts and counts are malformed, then they are refused', () => {
    const problems = validateProductDraft({
      ...validDraft(),
      price: '12,5',
      markedPrice: '1.999',
      stock: '-1',
      lowStockThreshold: '2.5',
      itemUrl: 'javascript:alert(1)',
      currency: 'EU',
    });
    expect(problems).toEqual({
      price: 'form.invalidNumber',
      markedPrice: 'form.invalidNumber',
      stock: 'form.invalidWhole',
      lowStockThreshold: 'form.invalidWhole',
      itemUrl: 'form.invalidUrl',
      currency: 'catalogue.invalidCurrency',
    });
  });

  it('when a threshold is set without stock, then it asks for the stock', () => {
    expect(validateProductDraft({ ...validDraft(), lowStockThreshold: '2' })).toEqual({
      lowStockThreshold: 'catalogue.thresholdNeedsStock',
    });
  });

  const option = (name: string, hex = '') => ({
    name,
    hex,
    labelPt: '',
    labelEn: '',
    priceDelta: '',
  });
  const custom = (
    type: CustomizationDraft['type'],
    name: string,
    key: string,
    options: OptionDraft[],
  ): CustomizationDraft => ({
    type,
    name,
    key,
    labelPt: '',
    labelEn: '',
    required: false,
    variant: false,
    options,
  });

  it('when customizations break the rules, then each problem is placed on its row', () => {
    const problems = validateProductDraft({
      ...validDraft(),
      customizations: [
        custom('Toggle', 'Gravação', 'engraving', [option('Sim')]),
        custom('Colors', 'Cor', 'engraving', [option('Prata', '#c0c0c0'), option('Ouro', 'gold')]),
        custom('Array', '', '$size', []),
        // Names and labels in one language only, and a price difference that is not a number.
        {
          ...custom('Array', 'Metal', 'metal', [
            option('Ouro'),
            { ...option('Platina'), priceDelta: '3,5' },
          ]),
          labelPt: 'Metal',
        },
        custom('Array', 'Tamanho', 'tamanho', [option('48'), { ...option('62'), labelEn: '62' }]),
      ],
    });
    expect(problems).toEqual({
      'customizations.0.options': 'catalogue.toggleNeedsTwo',
      'customizations.1.options': 'catalogue.invalidColour',
      'customizations.1.key': 'catalogue.duplicateKey',
      'customizations.2.name': 'form.required',
      'customizations.2.key': 'catalogue.invalidKey',
      'customizations.2.options': 'catalogue.needsTwoOptions',
      'customizations.3.options': 'catalogue.invalidPriceDelta',
      'customizations.3.labels': 'catalogue.labelsInBoth',
      'customizations.4.options': 'catalogue.labelsInBoth',
    });
  });

  it('when attributes repeat a key or miss a value, then the row is flagged', () => {
    const problems = validateProductDraft({
      ...validDraft(),
      attributes: [
        { key: 'Material', value: 'Prata' },
        { key: 'Material', value: 'Ouro' },
        { key: 'Tamanho', value: ' ' },
      ],
    });
    expect(problems).toEqual({
      'attributes.1': 'catalogue.duplicateKey',
      'attributes.2': 'catalogue.attributeValueRequired',
    });
  });

  it('when the editor holds only empty paragraphs, then the description counts as empty', () => {
    expect(htmlHasText('<p></p><p>&nbsp;</p>')).toBe(false);
    expect(htmlHasText('<p><strong>Prata</strong></p>')).toBe(true);
  });
});
