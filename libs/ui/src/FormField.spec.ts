import { mount } from '@vue/test-utils';
import { h } from 'vue';
import FormField from './FormField.vue';

function mountField(error?: string) {
  return mount(FormField, {
    props: { id: 'email', label: 'E-mail', error },
    slots: {
      default: (slot: { id: string; describedBy?: string }) =>
        h('input', { id: slot.id, 'aria-describedby': slot.describedBy }),
    },
  });
}

describe('FormField', () => {
  it('when rendered, then the label names the control', () => {
    const wrapper = mountField();
    expect(wrapper.get('label').attributes('for')).toBe('email');
    expect(wrapper.get('input').attributes('id')).toBe('email');
    expect(wrapper.get('input').attributes('aria-describedby')).toBeUndefined();
  });

  it('when there is an error, then it is shown and linked to the control', () => {
    const wrapper = mountField('must be a valid e-mail address');
    expect(wrapper.get('[role="alert"]').text()).toBe('must be a valid e-mail address');
    expect(wrapper.get('input').attributes('aria-describedby')).toBe('email-error');
  });
});
