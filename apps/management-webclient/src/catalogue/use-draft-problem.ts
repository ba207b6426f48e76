import { useI18n } from '../i18n/i18n.js';
import { useProductEditorStore } from './product-editor-store.js';

/** The translated problem of a draft field, for FormField's `error`. */
export function useDraftProblem() {
  const { t } = useI18n();
  const editor = useProductEditorStore();
  return (path: string): string | null => {
    const key = editor.problems[path];
    return key ? t(key) : null;
  };
}
