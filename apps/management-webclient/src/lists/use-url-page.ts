import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * The page number of a paged list, read from and written to the URL (`?page=`), so a page can
 * be bookmarked, Back returns to it, and the URL stays the one source of the list's state.
 */
export function useUrlPage() {
  const route = useRoute();
  const router = useRouter();
  const page = computed(() => Math.max(1, Number(route.query['page']) || 1));

  /** Keeps every other filter in the URL and changes only the page. */
  function goToPage(next: number): void {
    void router.push({ query: { ...route.query, page: String(next) } });
  }

  return { page, goToPage };
}
