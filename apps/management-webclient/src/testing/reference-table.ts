import type { VueWrapper } from '@vue/test-utils';

/** Routes every page of a logged-in admin calls first. */
export const LOGGED_IN = { 'GET /security/isLoggedIn': () => ({ raw: 'true' as const }) };

/** The body rows of the editor's table (ReferenceTable renders one per item). */
export function tableRowsOf(wrapper: VueWrapper) {
  return wrapper.findAll('section table tbody tr');
}

/** Each row's first `count` cell texts (the rest are action buttons). */
export function cellTexts(wrapper: VueWrapper, count: number): string[][] {
  return tableRowsOf(wrapper).map((row) =>
    row
      .findAll('td')
      .slice(0, count)
      .map((cell) => cell.text()),
  );
}

/** The row whose first cell reads `text` (a code, a currency, a name). */
export function rowStartingWith(wrapper: VueWrapper, text: string) {
  const row = tableRowsOf(wrapper).find((r) => r.find('td').text() === text);
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

/** How many times the list was asked for: once on mount, once more after each write. */
export function timesRequested(requests: readonly { path: string }[], path: string): number {
  return requests.filter((r) => r.path === path).length;
}
