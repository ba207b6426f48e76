import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';
import { useI18n } from '../i18n/i18n.js';

/**
 * Keeps a dirty form from being lost by accident: leaving the route asks first, and closing or
 * reloading the tab triggers the browser's own "leave site?" prompt.
 */
export function useUnsavedChangesGuard(dirty: MaybeRefOrGetter<boolean>): void {
  const { t } = useI18n();

  onBeforeRouteLeave(() => {
    if (!toValue(dirty)) return true;
    return window.confirm(t('form.leaveConfirm'));
  });

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!toValue(dirty)) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));
}

/** A snapshot-based dirty flag: compares the current value with the last saved one as JSON. */
export function sameAsSnapshot(value: unknown, snapshot: string): boolean {
  return JSON.stringify(value) === snapshot;
}
