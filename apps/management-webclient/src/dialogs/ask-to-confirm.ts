import { shallowRef } from 'vue';
import type { MessageKey } from '../i18n/i18n.js';

/** What to ask before an irreversible action; texts are message keys, filled with `params`. */
export interface ConfirmRequest {
  title: MessageKey;
  message: MessageKey;
  confirmLabel: MessageKey;
  params?: Readonly<Record<string, string | number>>;
  danger?: boolean;
}

interface Pending {
  request: ConfirmRequest;
  answer: (confirmed: boolean) => void;
}

/** The one question the admin is being asked (one dialog for the whole app, shown by ConfirmHost). */
export const pendingQuestion = shallowRef<Pending | null>(null);

/**
 * Asks the admin in the app's confirmation dialog; true when they confirmed. A new question
 * answers a still-open one with "no", so an action is never left waiting forever.
 */
export function askToConfirm(request: ConfirmRequest): Promise<boolean> {
  pendingQuestion.value?.answer(false);
  return new Promise((resolve) => {
    const pending: Pending = {
      request,
      answer: (confirmed) => {
        if (pendingQuestion.value === pending) pendingQuestion.value = null;
        resolve(confirmed);
      },
    };
    pendingQuestion.value = pending;
  });
}

/** The question before deleting `name` for good; `message` says what else goes with it. */
export function askToDelete(
  name: string,
  message: MessageKey = 'common.confirmDelete',
): Promise<boolean> {
  return askToConfirm({
    title: 'dialog.deleteTitle',
    message,
    confirmLabel: 'common.delete',
    params: { name },
    danger: true,
  });
}
