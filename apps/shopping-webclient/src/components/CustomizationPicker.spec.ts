import type { CustomizationOptions, Variant } from '@aneis/contracts';
import { mount } from '@vue/test-utils';
import { useI18n } from '../i18n/i18n.js';
import CustomizationPicker from './CustomizationPicker.vue';
import { describeChoices } from './choice-labels.js';

const options: CustomizationOptions = {
  customizations: [
    {
      type: 'Array',
      name: 'Tamanho',
      key: 'Size',
      labels: { pt: 'Tamanho', en: 'Size' },
      values: ['10', '12', '14'],
      required: true,
    },
    {
      type: 'Colors',
      name: 'Metal',
      key: 'Metal',
      values: [
        { name: 'Ouro', hexValue: '#d4af37' },
        { name: 'Prata', hexValue: '#c0c0c0' },
      ],
      valueDetails: [{ value: 'Prata', labels: { pt: 'Prata', en: 'Silver' }, priceDelta: -2000 }],
    },
  ],
};
const key = (Size: string, Metal: string) =>
  JSON.stringify([
    ['Metal', Metal],
    ['Size', Size],
  ]);
const variants: Variant[] = [
  { key: key('10', 'Ouro'), choices: { Size: '10', Metal: 'Ouro' }, stock: 0 },
  { key: key('10', 'Prata'), choices: { Size: '10', Metal: 'Prata' }, stock: 0 },
  { key: key('12', 'Ouro'), choices: { Size: '12', Metal: 'Ouro' }, stock: 1 },
  { key: key('12', 'Prata'), choices: { Size: '12', Metal: 'Prata' }, stock: 0 },
  { key: key('14', 'Ouro'), choices: { Size: '14', Metal: 'Ouro' }, stock: 4 },
  { key: key('14', 'Prata'), choices: { Size: '14', Metal: 'Prata' }, stock: 2 },
];

describe('CustomizationPicker', () => {
  beforeEach(() => useI18n().setLocale('pt'));

  function mountPicker(props: Record<string, unknown> = {}) {
    return mount(CustomizationPicker, {
      props: {
        options: options.customizations,
        modelValue: {},
        idPrefix: 'test',
        currency: 'EUR',
        ...props,
      },
    });
  }

  it('when the picker opens, then nothing is chosen: the list asks for a choice and no colour is checked', () => {
    const wrapper = mountPicker();
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('');
    expect(wrapper.get('select option').text()).toBe('Escolha…');
    expect(
      wrapper.findAll('input[type="radio"]').some((r) => (r.element as HTMLInputElement).checked),
    ).toBe(false);
  });

  it('when a size is chosen, then the new choices are emitted; choosing "Escolha…" again takes it back', async () => {
    const wrapper = mountPicker({ modelValue: { Metal: 'Ouro|#d4af37' } });
    await wrapper.get('select').setValue('14');
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual([
      { Metal: 'Ouro|#d4af37', Size: '14' },
    ]);
    await wrapper.get('select').setValue('');
    expect(wrapper.emitted('update:modelValue')?.[1]).toEqual([{ Metal: 'Ouro|#d4af37' }]);
  });

  it('when a colour is chosen, then it is sent as name|hex from a labelled radio group, its price difference beside it', async () => {
    const wrapper = mountPicker();
    expect(wrapper.get('legend').text()).toBe('Metal');
    expect(wrapper.findAll('.swatch')[1]?.text().replace(/\s/g, ' ')).toBe('Prata (−20,00 €)');
    await wrapper.findAll('input[type="radio"]')[1]?.setValue(true);
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual([{ Metal: 'Prata|#c0c0c0' }]);
  });

  it('when missing choices are to be shown, then each says so next to its own field', () => {
    const quiet = mountPicker({ missing: ['Size'] });
    expect(quiet.find('[data-testid="missing-Size"]').exists()).toBe(false);
    const wrapper = mountPicker({ missing: ['Size'], showMissing: true });
    expect(wrapper.get('[data-testid="missing-Size"]').text()).toBe('Falta escolher: Tamanho.');
    expect(wrapper.get('select').attributes('aria-describedby')).toBe('test-Size-missing');
    expect(wrapper.find('[data-testid="missing-Metal"]').exists()).toBe(false);
  });

  it('when every variant a value leads to is sold out, then that value is marked and disabled, given the other choices', () => {
    const nothingChosen = mountPicker({ variants });
    const sizeTexts = () =>
      nothingChosen
        .findAll('select option')
        .map((o) => [o.text(), o.attributes('disabled') !== undefined]);
    expect(sizeTexts()).toEqual([
      ['Escolha…', false],
      ['10 — esgotado', true],
      ['12', false],
      ['14', false],
    ]);
    const silver = mountPicker({ variants, modelValue: { Metal: 'Prata|#c0c0c0' } });
    expect(silver.findAll('select option').map((o) => o.text())).toEqual([
      'Escolha…',
      '10 — esgotado',
      '12 — esgotado',
      '14',
    ]);
    const size12 = mountPicker({ variants, modelValue: { Size: '12' } });
    const silverSwatch = size12.findAll('input[type="radio"]')[1];
    expect(silverSwatch?.attributes('disabled')).toBeDefined();
    expect(size12.findAll('.swatch')[1]?.text()).toContain('esgotado');
  });

  it('when the shopper reads in English, then labels are English and a line reads "Size: 12 · Metal: Silver"', () => {
    useI18n().setLocale('en');
    const wrapper = mountPicker();
    expect(wrapper.get('label').text()).toBe('Size');
    expect(wrapper.get('select option').text()).toBe('Choose…');
    const product = { customizationOptions: options };
    expect(
      describeChoices({ product, customizations: { Size: '12', Metal: 'Prata|#c0c0c0' } }, 'en'),
    ).toBe('Size: 12 · Metal: Silver');
    expect(
      describeChoices({ product, customizations: { Size: '12', Metal: 'Prata|#c0c0c0' } }, 'pt'),
    ).toBe('Tamanho: 12 · Metal: Prata');
  });
});
