import { mount } from '@vue/test-utils';
import LanguageSwitch from './LanguageSwitch.vue';

describe('LanguageSwitch', () => {
  const props = { locale: 'pt', locales: ['pt', 'en'], label: 'Idioma' } as const;

  it('when shown, then each language is named in itself and the current one is chosen', () => {
    const wrapper = mount(LanguageSwitch, { props });
    const options = wrapper.findAll('option');
    expect(options.map((option) => [option.text(), option.attributes('lang')])).toEqual([
      ['Português', 'pt'],
      ['English', 'en'],
    ]);
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('pt');
    expect(wrapper.get('label').text()).toContain('Idioma');
  });

  it('when another language is picked, then it is announced for the app to switch to', async () => {
    const wrapper = mount(LanguageSwitch, { props });
    await wrapper.get('select').setValue('en');
    expect(wrapper.emitted('change')).toEqual([['en']]);
  });
});
