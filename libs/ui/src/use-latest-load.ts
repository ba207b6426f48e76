import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue';

/** A read that follows what the page shows (filters, tab, page number, the id in the URL). */
export interface LatestLoad {
  readonly busy: Ref<boolean>;
  readonly error: Ref<string | null>;
  /**
   * Starts `fetch` and hands its result to `show`, unless another load started meanwhile: the
   * earlier request is then cancelled and whatever it still returns (result or failure) is
   * dropped, so a slow first answer never replaces the one asked for last.
   */
  load<T>(fetch: (signal: AbortSignal) => Promise<T>, show: (result: T) => void): Promise<void>;
}

/**
 * Busy flag and error for a page whose data follows the URL. Answers can come back out of order
 * (an unfiltered list that was slow to build lands after the filtered one), so only the latest
 * load may write. Loads still running when the page goes away are cancelled.
 * `describe` turns a failure into the sentence to show.
 */
export function useLatestLoad(describe: (error: unknown) => string): LatestLoad {
  const busy = ref(false);
  const error = ref<string | null>(null);
  let current: AbortController | undefined;

  async function load<T>(
    fetch: (signal: AbortSignal) => Promise<T>,
    show: (result: T) => void,
  ): Promise<void> {
    current?.abort();
    const mine = new AbortController();
    current = mine;
    busy.value = true;
    error.value = null;
    try {
      const result = await fetch(mine.signal);
      if (current === mine) show(result);
    } catch (e) {
      if (current === mine) error.value = describe(e);
    } finally {
      if (current === mine) busy.value = false;
    }
  }

  if (getCurrentScope()) onScopeDispose(() => current?.abort());
  return { busy, error, load };
}
