import { orderOf, type TableState } from "./tableState";

/** The address of a table's download: /api/v1/<table>.<format> with the facet filters and the order. */
export function twinUrl(
  table: string,
  format: "csv" | "json",
  params: Record<string, string[] | string | null | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : value;
    if (text !== "") search.set(name, text);
  }
  const query = search.toString();
  return `/api/v1/${table}.${format}${query ? `?${query}` : ""}`;
}

/** A generic table's twin: its facets as parameters of the same names, and orderBy. */
export function recordTwinUrl(table: string, format: "csv" | "json", state: TableState, defaultSort: string): string {
  return twinUrl(table, format, { ...state.filters, orderBy: orderOf(state.sort ?? defaultSort) });
}

/** The generic tables' filters as the API takes them. */
export function recordFilters(state: TableState): { field: string; values: string[] }[] {
  return Object.entries(state.filters).map(([field, values]) => ({ field, values }));
}
