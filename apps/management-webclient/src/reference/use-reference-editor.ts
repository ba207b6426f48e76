import { onMounted } from 'vue';
import { useAction } from '../api/use-action.js';
import { askToDelete } from '../dialogs/ask-to-confirm.js';

/**
 * The cycle every reference-data editor shares: load on mount, write through the API with the
 * server's error shown in place, reload after a successful write, confirm before deleting.
 * `load` fills the editor's own refs, so an editor that needs two lists loads both.
 */
export function useReferenceEditor(load: () => Promise<void>) {
  const list = useAction();
  const saving = useAction();

  async function reload(): Promise<void> {
    await list.run(load);
  }
  onMounted(reload);

  /** True when the write succeeded (the list is then reloaded). */
  async function write(call: () => Promise<unknown>): Promise<boolean> {
    const ok = await saving.run(async () => {
      await call();
    });
    if (ok) await reload();
    return ok;
  }

  async function removeAfterConfirm(name: string, call: () => Promise<unknown>): Promise<void> {
    if (!(await askToDelete(name))) return;
    await write(call);
  }

  return { list, saving, write, removeAfterConfirm };
}
