import { mount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import ConfirmDialog from './ConfirmDialog.vue';

const question = {
  title: 'Delete “Aliança”?',
  message: 'This cannot be undone.',
  confirmLabel: 'Delete',
  cancelLabel: 'Go back',
  danger: true,
};

/** A button that opens the dialog, as a page does, recording each answer. */
function mountAsker() {
  const answers: boolean[] = [];
  const open = ref(false);
  const wrapper = mount(
    defineComponent({
      setup: () => () => [
        h('button', { id: 'opener', onClick: () => (open.value = true) }, 'Delete'),
        open.value
          ? h(ConfirmDialog, {
              question,
              onAnswer: (confirmed: boolean) => {
                answers.push(confirmed);
                open.value = false;
              },
            })
          : null,
      ],
    }),
    { attachTo: document.body },
  );
  return { wrapper, answers };
}

describe('ConfirmDialog', () => {
  it('when it opens, then it is a labelled modal alert dialog with focus on the safe answer', async () => {
    const { wrapper } = mountAsker();
    await wrapper.get('#opener').trigger('click');
    await new Promise((resolve) => setTimeout(resolve));

    const dialog = wrapper.get('[role="alertdialog"]');
    expect(dialog.attributes('aria-modal')).toBe('true');
    expect(wrapper.get(`#${dialog.attributes('aria-labelledby')}`).text()).toBe(question.title);
    expect(wrapper.get(`#${dialog.attributes('aria-describedby')}`).text()).toBe(question.message);
    expect(document.activeElement?.textContent?.trim()).toBe('Go back');
    expect(wrapper.get('[data-testid="confirm-yes"]').classes()).toContain('danger');
    wrapper.unmount();
  });

  it('when Tab is pressed, then focus stays inside; Escape answers no and focus returns to the opener', async () => {
    const { wrapper, answers } = mountAsker();
    const opener = wrapper.get('#opener');
    (opener.element as HTMLButtonElement).focus();
    await opener.trigger('click');
    await new Promise((resolve) => setTimeout(resolve));

    await wrapper.get('[role="alertdialog"]').trigger('keydown', { key: 'Tab' });
    expect(document.activeElement?.textContent?.trim()).toBe('Delete');
    await wrapper.get('[role="alertdialog"]').trigger('keydown', { key: 'Tab', shiftKey: true });
    expect(document.activeElement?.textContent?.trim()).toBe('Go back');

    await wrapper.get('[role="alertdialog"]').trigger('keydown', { key: 'Escape' });
    expect(answers).toEqual([false]);
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(document.activeElement).toBe(opener.element);
    wrapper.unmount();
  });

  it('when the confirm button is pressed, then the answer is yes', async () => {
    const { wrapper, answers } = mountAsker();
    await wrapper.get('#opener').trigger('click');
    await wrapper.get('[data-testid="confirm-yes"]').trigger('click');
    expect(answers).toEqual([true]);
    wrapper.unmount();
  });
});
