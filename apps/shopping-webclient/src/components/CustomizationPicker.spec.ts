import type { CustomizationOptions } from '@aneis/contracts';
import { mount } from '@vue/test-utils';
import CustomizationPicker from './CustomizationPicker.vue';
import { defaultChoices, describeChoices } from './default-choices.js';

const options: CustomizationOptions = {
  customizations: [
    { type: 'Array', name: 'Tamanho', key: 'Size', values: ['10', '12', '14'] },
    {
      type: 'Colors',
      name: 'Metal',
      key: 'Metal',
      values: [
        { name: 'Ouro', hexValue: '#d4af37' },
        { name: 'Prata', hexValue: '#c0c0c0' },
      ],
    },
  ],
};

describe('CustomizationPicker', () => {
  function mountPicker() {
    return mount(CustomizationPicker, {
      props: {
        options: options.customizations,
        modelValue: defaultChoices(options),
        idPrefix: 'test',
      },
    });
  }

  it('when a product has options, then every one starts on its first value', () => {
    expect(defaultChoices(options)).toEqual({ Size: '10', Metal: 'Ouro|#d4af37' });
    expect(describeChoices({ Size: '10', Metal: 'Ouro|#d4af37' })).toBe('Size: 10 · Metal: Ouro');
  });

  it('when a size is chosen, then the new choices are emitted', async () => {
    const wrapper = mountPicker();
    await wrapper.get('select').setValue('14');
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual([
      { Size: '14', Metal: 'Ouro|#d4af37' },
    ]);
    expect(wrapper.get('label.select-option').text()).toContain('Tamanho');
  });

  it('when a colour is chosen, then it is sent as name|hex from a labelled radio group', async () => {
    const wrapper = mountPicker();
    expect(wrapper.get('legend').text()).toBe('Metal');
    await wrapper.findAll('input[type="radio"]')[1]?.setValue(true);
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual([
      { Size: '10', Metal: 'Prata|#c0c0c0' },
    ]);
  });
});
