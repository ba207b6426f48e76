import type { Ref } from 'vue';
import type { useAction } from '../api/use-action.js';
import { useEditForm } from '../forms/use-edit-form.js';
import { useReferenceEditor } from './use-reference-editor.js';

/** How the open entry is written: a new one is created, a listed one updated by its key. */
export interface EntryWrites {
  create: () => Promise<unknown>;
  update: (key: string) => Promise<unknown>;
}

/**
 * A list of entries with the add/edit form beside it, as every reference-data editor and the
 * coupons page have it: the load/write/confirm cycle of `useReferenceEditor`, the form of
 * `useEditForm`, and `save`, which sends the open entry and closes the form once it is written
 * (on a refusal the form stays open with the server's error).
 */
export function useEntryEditor<T extends object>(load: () => Promise<void>, blank: () => T) {
  const entry = useEditForm(blank);
  const cycle = useReferenceEditor(load);

  async function save(writes: EntryWrites): Promise<void> {
    const key = entry.editing.value;
    if (key === null) return;
    const ok = await cycle.write(() => (key === 'new' ? writes.create() : writes.update(key)));
    if (ok) entry.close();
  }

  return { ...entry, ...cycle, save };
}

type ActionState = Pick<ReturnType<typeof useAction>, 'busy' | 'error' | 'fieldIssues'>;

/** What the tab's table and form need of its editor, whatever the form's values are. */
export interface EntryEditorView {
  editing: Ref<string | null>;
  list: ActionState;
  saving: ActionState;
  open(key: 'new'): void;
  close(): void;
}
