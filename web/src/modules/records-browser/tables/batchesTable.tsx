import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql";
import type { BatchFilter, BatchOrder, RecordsBrowser_BatchesQuery } from "../../../gql/graphql";
import { orderOf, pageArgs, type TableState } from "../utils/tableState";
import { twinUrl } from "../utils/twins";
import { issuingComponentLabel, outcomeLabel, stateLabel } from "./labels";
import { toTableQuery, type TableConfig } from "./types";

const RecordsBrowserBatchesQuery = graphql(`
  query RecordsBrowser_Batches(
    $filter: BatchFilter
    $orderBy: BatchOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    batches(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...RecordsBrowser_PageInfo
      }
      nodes {
        id
        issuedOnLabel
        countLabel
        issuingComponent
        jurisdiction {
          slug
          name
          state
        }
        outcomes {
          outcome
          subpoenas
        }
      }
    }
    batchFacets(filter: $filter) {
      ...RecordsBrowser_Facet
    }
  }
`);

type Row = RecordsBrowser_BatchesQuery["batches"]["nodes"][number];

// A year is a date range to the API, so the year facet takes one year at a time.
function batchFilter(state: TableState): BatchFilter {
  const f = state.filters;
  const year = f.year?.[0] ?? null;
  return {
    states: f.state ?? null,
    outcomes: (f.outcome as BatchFilter["outcomes"]) ?? null,
    issuingComponents: (f.issuingComponent as BatchFilter["issuingComponents"]) ?? null,
    issuedFrom: year,
    issuedTo: year,
  };
}

export const BATCHES_TABLE: TableConfig<Row> = {
  name: "batches",
  title: "Batches",
  noun: { one: "batch", many: "batches" },
  intro: "Subpoenas ICE served together: one date, one or more agencies. Each links to its history and sources.",
  defaultSort: "issued_on",
  facets: [
    { field: "state", label: "State", valueLabel: stateLabel },
    { field: "outcome", label: "Where they stand", valueLabel: outcomeLabel },
    { field: "issuingComponent", label: "Issued by", valueLabel: issuingComponentLabel },
    { field: "year", label: "Year issued", single: true },
  ],
  columns: [
    {
      id: "issued",
      label: "Issued",
      sort: "issued_on",
      render: (b) => <Link to={paths.batch(b.id)}>{b.issuedOnLabel}</Link>,
    },
    {
      id: "jurisdiction",
      label: "Jurisdiction",
      sort: "jurisdiction",
      render: (b) => <Link to={paths.jurisdiction(b.jurisdiction.slug)}>{b.jurisdiction.name}</Link>,
    },
    { id: "state", label: "State", render: (b) => b.jurisdiction.state ?? "" },
    { id: "count", label: "Subpoenas", sort: "subpoena_count", numeric: true, render: (b) => b.countLabel },
    {
      id: "component",
      label: "Issued by",
      render: (b) => (b.issuingComponent ? issuingComponentLabel(b.issuingComponent) : "Not reported"),
    },
    {
      id: "outcome",
      label: "Where they stand",
      render: (b) =>
        b.outcomes
          .map((o) =>
            b.outcomes.length > 1
              ? `${outcomeLabel(o.outcome)}: ${o.subpoenas ?? "number not reported"}`
              : outcomeLabel(o.outcome),
          )
          .join("; "),
    },
  ],
  rowKey: (b) => b.id,
  useTable(state) {
    return toTableQuery(
      useQuery({
        query: RecordsBrowserBatchesQuery,
        variables: {
          filter: batchFilter(state),
          orderBy: orderOf(state.sort ?? "issued_on") as BatchOrder,
          ...pageArgs(state),
        },
      }),
      (data) => ({
        rows: data.batches.nodes,
        totalCount: data.batches.totalCount,
        pageInfo: data.batches.pageInfo,
        facets: data.batchFacets,
      }),
    );
  },
  twin(state, format) {
    const f = state.filters;
    return twinUrl("batches", format, {
      state: f.state,
      outcome: f.outcome,
      issuingComponent: f.issuingComponent,
      from: f.year?.[0],
      to: f.year?.[0],
      orderBy: orderOf(state.sort ?? "issued_on"),
    });
  },
};
