import { enAccount } from './en-account.js';
import { enStore } from './en-store.js';
import type { MessageKey } from './messages-pt.js';

export const messagesEn: Record<MessageKey, string> = { ...enStore, ...enAccount };
