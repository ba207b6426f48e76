import { ref } from 'vue';
import { errorText, fieldErrorsOf, fieldIssuesOf } from './error-text.js';

/**
 * Busy flag and in-place error messages for one user action (a form submit, a button): one
 * sentence for the form and, when the server named fields, one per field (`fieldErrors.email`).
 */
export function useAction() {
  const busy = ref(false);
  const error = ref<string | null>(null);
  const fieldErrors = ref<Readonly<Record<string, string>>>({});
  const fieldIssues = ref<readonly { path: string; message: string }[]>([]);

  async function run(action: () => Promise<void>): Promise<boolean> {
    busy.value = true;
    error.value = null;
    fieldErrors.value = {};
    fieldIssues.value = [];
    try {
      await action();
      return true;
    } catch (e) {
      error.value = errorText(e);
      fieldErrors.value = fieldErrorsOf(e);
      fieldIssues.value = fieldIssuesOf(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, fieldErrors, fieldIssues, run };
}
