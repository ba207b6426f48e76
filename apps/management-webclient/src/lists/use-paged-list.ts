import { useLatestLoad } from '@aneis/ui';
import { computed, ref, shallowRef } from 'vue';
import { errorText } from '../api/error-text.js';
import { useUrlPage } from './use-url-page.js';

/** One page of a server list, as every paged admin route answers it. */
interface ListPage<Row> {
  docs: Row[];
  pages: number;
}

/**
 * The state of a paged list whose filters and page live in the URL (catalogue, orders, audit,
 * and the pages to come): the rows and page count of the latest answer only (an earlier,
 * slower request never overwrites it), its busy flag and error, and the page number.
 * `view` is what AdminList shows, bound with `v-bind`.
 */
export function usePagedList<Row>() {
  const rows = shallowRef<Row[]>([]);
  const pages = ref(1);
  const latest = useLatestLoad(errorText);
  const { page, goToPage } = useUrlPage();

  function load(fetch: (signal: AbortSignal) => Promise<ListPage<Row>>): Promise<void> {
    return latest.load(fetch, (result) => {
      rows.value = result.docs;
      pages.value = result.pages;
    });
  }

  const view = computed(() => ({
    rows: rows.value,
    busy: latest.busy.value,
    error: latest.error.value,
    page: page.value,
    pages: pages.value,
  }));

  return { rows, page, goToPage, busy: latest.busy, error: latest.error, load, view };
}
