import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import { useEntryEditor } from './use-entry-editor.js';

function harness() {
  let editor!: ReturnType<typeof useEntryEditor<{ name: string }>>;
  const wrapper = mount(
    defineComponent({
      setup() {
        editor = useEntryEditor(
          async () => undefined,
          () => ({ name: '' }),
        );
        return () => null;
      },
    }),
  );
  return { wrapper, editor: () => editor };
}

describe('useEntryEditor', () => {
  it('when a new entry is saved, then it is created (not updated) and the form closes', async () => {
    const { wrapper, editor } = harness();
    await flushPromises();
    const create = vi.fn(async () => undefined);
    const update = vi.fn(async () => undefined);

    editor().open('new');
    await editor().save({ create, update });
    expect(create).toHaveBeenCalledTimes(1);
    expect(update).not.toHaveBeenCalled();
    expect(editor().editing.value).toBeNull();
    wrapper.unmount();
  });

  it('when a listed entry is saved, then it is updated under the key it was opened with', async () => {
    const { wrapper, editor } = harness();
    await flushPromises();
    const create = vi.fn(async () => undefined);
    const update = vi.fn(async (_key: string) => undefined);

    editor().open('CTT', { name: 'CTT' });
    await editor().save({ create, update });
    expect(update).toHaveBeenCalledWith('CTT');
    expect(create).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('when the server refuses the entry, then the form stays open with what was typed', async () => {
    const { wrapper, editor } = harness();
    await flushPromises();

    editor().open('new', { name: 'typed' });
    await editor().save({
      create: async () => {
        throw new Error('refused');
      },
      update: async () => undefined,
    });
    expect(editor().editing.value).toBe('new');
    expect(editor().form.value).toEqual({ name: 'typed' });
    expect(editor().saving.error.value).not.toBeNull();
    wrapper.unmount();
  });
});
