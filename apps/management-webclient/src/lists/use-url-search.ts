import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * The search text of a list page, kept in the URL (`?q=`) so a search can be bookmarked and
 * Back returns to it: `query` is the text searched, `typed` the search box's model, and
 * `search()` puts the typed text in the URL. `keep` lists the other query keys a new search
 * keeps (e.g. the orders tab); the rest, the page number included, start afresh.
 */
export function useUrlSearch(keep: readonly string[] = []) {
  const route = useRoute();
  const router = useRouter();
  const query = computed(() => {
    const value = route.query['q'];
    return typeof value === 'string' ? value.trim() : '';
  });
  const typed = ref(query.value);
  watch(query, (value) => (typed.value = value));

  function search(): void {
    const q = typed.value.trim();
    const kept = Object.fromEntries(keep.map((key) => [key, route.query[key]]));
    void router.push({ query: { ...kept, q: q === '' ? undefined : q } });
  }

  return { query, typed, search };
}
