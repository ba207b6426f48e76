import { computed, ref, type Ref } from 'vue';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.js';

/**
 * An add/edit form beside a list: which row is open (`'new'` or its key), the values being
 * typed, and whether they differ from what was opened (guarded against accidental leaving).
 */
export function useEditForm<T extends object>(blank: () => T) {
  const editing = ref<string | null>(null);
  const form = ref(blank()) as Ref<T>;
  const start = ref('');
  const dirty = computed(
    () => editing.value !== null && JSON.stringify(form.value) !== start.value,
  );
  useUnsavedChangesGuard(dirty);

  function open(key: string, values: T = blank()): void {
    editing.value = key;
    form.value = structuredClone(values);
    start.value = JSON.stringify(form.value);
  }

  function close(): void {
    editing.value = null;
    form.value = blank();
  }

  return { editing, form, dirty, open, close };
}
