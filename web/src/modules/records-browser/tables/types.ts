import type { ReactNode } from "react";
import type { AnyVariables, CombinedError, UseQueryResponse } from "urql";
import type { RecordTableName } from "../../../app/routes";
import type { TableState } from "../utils/tableState";

export interface FacetConfig {
  /** The facet's field, as the API and the address name it. */
  field: string;
  label: string;
  /** The facet takes one value at a time (a batch's year is a date range, so one year). */
  single?: boolean;
  /** Reader-facing words for a value; the value itself when absent. */
  valueLabel?: (value: string) => string;
}

export interface ColumnConfig<Row> {
  id: string;
  label: string;
  /** The column's sort id ("published_on"); unsortable when absent. */
  sort?: string;
  numeric?: boolean;
  render: (row: Row) => ReactNode;
}

export interface FacetResult {
  field: string;
  values: { value: string; count: number }[];
}

export interface TablePage<Row> {
  rows: Row[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  facets: FacetResult[];
}

export interface TableQuery<Row> {
  fetching: boolean;
  error: CombinedError | undefined;
  page: TablePage<Row> | null;
  retry: () => void;
}

/** One table of the records browser: what it shows, how it is filtered and sorted, and where its data comes from. */
export interface TableConfig<Row> {
  name: RecordTableName;
  title: string;
  noun: { one: string; many: string };
  intro: string;
  facets: FacetConfig[];
  defaultSort: string;
  columns: ColumnConfig<Row>[];
  rowKey: (row: Row) => string;
  useTable: (state: TableState) => TableQuery<Row>;
  /** The table's CSV or JSON twin, with the same filters and order (every row, not one page). */
  twin: (state: TableState, format: "csv" | "json") => string;
}

/** A table's query result as the browser reads it, from urql's [result, reexecute] and where the page lies. */
export function toTableQuery<Data, Row>(
  [result, reexecute]: UseQueryResponse<Data, AnyVariables>,
  pick: (data: Data) => TablePage<Row>,
): TableQuery<Row> {
  return {
    fetching: result.fetching,
    error: result.error,
    retry: () => reexecute({ requestPolicy: "network-only" }),
    page: result.data ? pick(result.data) : null,
  };
}

/** The generic tables' page: their nodes, total, cursors and facets. */
export function recordTablePage<Row>(table: {
  nodes: Row[];
  totalCount: number;
  pageInfo: TablePage<Row>["pageInfo"];
  facets: FacetResult[];
}): TablePage<Row> {
  return { rows: table.nodes, totalCount: table.totalCount, pageInfo: table.pageInfo, facets: table.facets };
}
