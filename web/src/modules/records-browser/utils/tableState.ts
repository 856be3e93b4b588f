// A records table's state lives in its address, so that a reload or a shared link shows the same rows:
// /sources?kind=NEWS&year=2020&sort=-published_on&after=<cursor>. Facet values are the API's; `sort` names a column,
// with "-" for descending; `after`/`before` are the API's cursors, valid only with the same sort and filters.

export interface TableState {
  /** Facet field -> selected values (alternatives), in the order they were chosen. */
  filters: Record<string, string[]>;
  /** A column's sort id, "-" first for descending; null for the table's default. */
  sort: string | null;
  after: string | null;
  before: string | null;
}

export const PAGE_SIZE = 25;

export function parseTableState(search: string, facetFields: readonly string[]): TableState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const field of facetFields) {
    const values = params
      .getAll(field)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    if (values.length > 0) filters[field] = [...new Set(values)];
  }
  return {
    filters,
    sort: params.get("sort") || null,
    after: params.get("after") || null,
    before: params.get("after") ? null : params.get("before") || null,
  };
}

export function serializeTableState(state: TableState, facetFields: readonly string[]): string {
  const params = new URLSearchParams();
  for (const field of facetFields) {
    const values = state.filters[field];
    if (values?.length) params.set(field, values.join(","));
  }
  if (state.sort) params.set("sort", state.sort);
  if (state.after) params.set("after", state.after);
  else if (state.before) params.set("before", state.before);
  return params.toString();
}

/** Adds or removes one facet value; `single` facets hold one value at most. Back to the first page. */
export function toggleFilter(state: TableState, field: string, value: string, single = false): TableState {
  const current = state.filters[field] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : single ? [value] : [...current, value];
  const filters = { ...state.filters };
  if (next.length > 0) filters[field] = next;
  else delete filters[field];
  return { ...state, filters, after: null, before: null };
}

/** Sorting by a column: ascending first, descending on a second click. Back to the first page. */
export function sortBy(state: TableState, column: string, defaultSort: string): TableState {
  const current = state.sort ?? defaultSort;
  const sort = current === column ? `-${column}` : column;
  return { ...state, sort: sort === defaultSort ? null : sort, after: null, before: null };
}

export function pageAfter(state: TableState, cursor: string): TableState {
  return { ...state, after: cursor, before: null };
}

export function pageBefore(state: TableState, cursor: string): TableState {
  return { ...state, after: null, before: cursor };
}

/** The API's order for a sort id: "-published_on" -> PUBLISHED_ON_DESC. */
export function orderOf(sort: string): string {
  const desc = sort.startsWith("-");
  return `${(desc ? sort.slice(1) : sort).toUpperCase()}_${desc ? "DESC" : "ASC"}`;
}

/** Whether a column is the sort, and which way, for aria-sort. */
export function sortDirection(sort: string, column: string): "ascending" | "descending" | null {
  if (sort === column) return "ascending";
  if (sort === `-${column}`) return "descending";
  return null;
}

/** The API's paging arguments for the state's cursor. */
export function pageArgs(state: TableState): { first?: number; after?: string; last?: number; before?: string } {
  if (state.before) return { last: PAGE_SIZE, before: state.before };
  return state.after ? { first: PAGE_SIZE, after: state.after } : { first: PAGE_SIZE };
}
