import { ref } from 'vue';
import { errorText } from './error-text.js';

/** Busy flag and in-place error message for one user action (a form submit, a button). */
export function useAction() {
  const busy = ref(false);
  const error = ref<string | null>(null);

  /** `explain` may give a failure a clearer message than the server's words (or return undefined). */
  async function run(
    action: () => Promise<void>,
    explain?: (e: unknown) => string | undefined,
  ): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      await action();
      return true;
    } catch (e) {
      error.value = explain?.(e) ?? errorText(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
