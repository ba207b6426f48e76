import { mount } from '@vue/test-utils';
import { h, ref } from 'vue';
import { useI18n } from '../i18n/i18n.js';
import InlineForm from './InlineForm.vue';

const { t } = useI18n();

function mountForm(props: { open: boolean; canManage?: boolean; busy?: boolean; error?: string }) {
  return mount(InlineForm, {
    props: {
      open: props.open,
      canManage: props.canManage ?? true,
      newLabel: 'New thing',
      newTestid: 'new-thing',
      saving: { busy: ref(props.busy ?? false), error: ref(props.error ?? null) },
    },
    attrs: { 'data-testid': 'thing-form' },
    slots: { default: () => h('input', { name: 'name', 'aria-label': 'Name' }) },
  });
}

describe('InlineForm', () => {
  it('when closed and the admin may manage, then only the new button is offered and it asks to open', async () => {
    const wrapper = mountForm({ open: false });

    expect(wrapper.find('form').exists()).toBe(false);
    const button = wrapper.get('[data-testid="new-thing"]');
    expect(button.text()).toBe('New thing');
    await button.trigger('click');
    expect(wrapper.emitted('new')).toHaveLength(1);
  });

  it('when closed and the admin may not manage, then no button is offered but a failed write is still shown', () => {
    const wrapper = mountForm({ open: false, canManage: false, error: 'in use' });

    expect(wrapper.findAll('button')).toHaveLength(0);
    expect(wrapper.get('[role="alert"]').text()).toBe('in use');
  });

  it('when open, then the fields sit in the form and submit and cancel are emitted', async () => {
    const wrapper = mountForm({ open: true });

    const form = wrapper.get('[data-testid="thing-form"]');
    expect(form.element.tagName).toBe('FORM');
    expect(form.find('input[name="name"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="new-thing"]').exists()).toBe(false);

    await form.trigger('submit');
    await form.get('button[type="button"]').trigger('click');
    expect(wrapper.emitted('submit')).toHaveLength(1);
    expect(wrapper.emitted('cancel')).toHaveLength(1);
  });

  it('when a save is running, then save is disabled until it returns', async () => {
    const busy = ref(true);
    const wrapper = mount(InlineForm, {
      props: { open: true, canManage: true, newLabel: 'New', saving: { busy, error: ref(null) } },
    });
    const save = wrapper.get('button[type="submit"]');
    expect(save.text()).toBe(t('common.save'));
    expect(save.attributes('disabled')).toBeDefined();

    busy.value = false;
    await wrapper.vm.$nextTick();
    expect(save.attributes('disabled')).toBeUndefined();
  });

  it('when a save fails, then its error is shown inside the form', () => {
    const wrapper = mountForm({ open: true, error: 'name: required' });

    expect(wrapper.get('form [role="alert"]').text()).toBe('name: required');
  });
});
