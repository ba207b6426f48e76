import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import { pendingQuestion } from '../dialogs/ask-to-confirm.js';
import { useReferenceEditor } from './use-reference-editor.js';

function harness(load: () => Promise<void>) {
  let editor!: ReturnType<typeof useReferenceEditor>;
  const wrapper = mount(
    defineComponent({
      setup() {
        editor = useReferenceEditor(load);
        return () => null;
      },
    }),
  );
  return { wrapper, editor: () => editor };
}

describe('useReferenceEditor', () => {
  it('when a write succeeds, then the list is loaded again', async () => {
    const load = vi.fn(async () => undefined);
    const { wrapper, editor } = harness(load);
    await flushPromises();
    expect(load).toHaveBeenCalledTimes(1);

    await expect(editor().write(async () => 'saved')).resolves.toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
    wrapper.unmount();
  });

  it('when a write fails, then its error is kept and the list is not reloaded', async () => {
    const load = vi.fn(async () => undefined);
    const { wrapper, editor } = harness(load);
    await flushPromises();

    const ok = await editor().write(async () => {
      throw new Error('refused');
    });
    expect(ok).toBe(false);
    expect(editor().saving.error.value).not.toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    wrapper.unmount();
  });

  it('when a deletion is not confirmed, then nothing is sent', async () => {
    const call = vi.fn(async () => undefined);
    const { wrapper, editor } = harness(async () => undefined);
    await flushPromises();

    const removing = editor().removeAfterConfirm('EUR', call);
    expect(pendingQuestion.value?.request.params).toEqual({ name: 'EUR' });
    pendingQuestion.value?.answer(false);
    await removing;
    expect(call).not.toHaveBeenCalled();
    wrapper.unmount();
  });
});
