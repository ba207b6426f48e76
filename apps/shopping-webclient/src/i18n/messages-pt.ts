import { ptAccount } from './pt-account.js';
import { ptStore } from './pt-store.js';

export const messagesPt = { ...ptStore, ...ptAccount };
export type MessageKey = keyof typeof messagesPt;
export type StoreMessages = Record<keyof typeof ptStore, string>;
export type AccountMessages = Record<keyof typeof ptAccount, string>;
