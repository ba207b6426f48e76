import { ref } from 'vue';
import { errorText } from './error-text.js';

/** Busy flag and in-place error message for one user action (a form submit, a button). */
export function useAction() {
  const busy = ref(false);
  const error = ref<string | null>(null);

  async function run(action: () => Promise<void>): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      await action();
      return true;
    } catch (e) {
      error.value = errorText(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
