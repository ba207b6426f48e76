import { STOREFRONT_STATE_ELEMENT_ID, type StorefrontLanguage } from '@aneis/contracts/constants';

/** The store state and language of the page the server rendered, as the page carries them. */
export interface ServerRenderedState {
  language: StorefrontLanguage;
  stores: Record<string, unknown>;
}

let read: ServerRenderedState | null | undefined;

/**
 * The server's state for this page (`<script type="application/json">`, never run: the
 * Content-Security-Policy allows no inline script), or null on a page the app renders alone.
 * Read once: only the first render hydrates.
 */
export function serverRenderedState(): ServerRenderedState | null {
  if (read !== undefined) return read;
  read = null;
  if (typeof document === 'undefined') return read;
  const text = document.getElementById(STOREFRONT_STATE_ELEMENT_ID)?.textContent;
  if (!text) return read;
  try {
    read = JSON.parse(text) as ServerRenderedState;
  } catch {
    // A damaged state is no state: the app renders the page itself, as without a server.
  }
  return read;
}
