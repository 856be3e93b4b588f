import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql";
import type { RecordsBrowser_SourcesQuery, SourceOrder } from "../../../gql/graphql";
import { formatPartialDateText, reliabilityLabel, sourceKindLabel } from "../../batches/utils/format";
import { orderOf, pageArgs } from "../utils/tableState";
import { recordFilters, recordTwinUrl } from "../utils/twins";
import { recordTablePage, toTableQuery, type TableConfig } from "./types";

const RecordsBrowserSourcesQuery = graphql(`
  query RecordsBrowser_Sources(
    $filters: [RecordFilter!]
    $orderBy: SourceOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    sourceTable(filters: $filters, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...RecordsBrowser_PageInfo
      }
      nodes {
        id
        title
        publisher
        publishedOn
        kind
        reliability
        citedBy {
          kind
        }
      }
      facets {
        ...RecordsBrowser_Facet
      }
    }
  }
`);

type Row = RecordsBrowser_SourcesQuery["sourceTable"]["nodes"][number];

export const SOURCES_TABLE: TableConfig<Row> = {
  name: "sources",
  title: "Sources",
  noun: { one: "source", many: "sources" },
  intro: "Every document a fact is drawn from: press releases, court records, news reports. Each lists what cites it.",
  defaultSort: "published_on",
  facets: [
    { field: "kind", label: "Kind", valueLabel: sourceKindLabel },
    { field: "reliability", label: "Reliability", valueLabel: reliabilityLabel },
    { field: "year", label: "Year published" },
    { field: "publisher", label: "Publisher" },
  ],
  columns: [
    {
      id: "published",
      label: "Published",
      sort: "published_on",
      render: (s) => formatPartialDateText(s.publishedOn),
    },
    {
      id: "title",
      label: "Title",
      sort: "title",
      render: (s) => <Link to={paths.source(s.id)}>{s.title ?? s.publisher}</Link>,
    },
    { id: "publisher", label: "Publisher", sort: "publisher", render: (s) => s.publisher },
    { id: "kind", label: "Kind", render: (s) => sourceKindLabel(s.kind) },
    { id: "reliability", label: "Reliability", render: (s) => reliabilityLabel(s.reliability) },
    { id: "cited", label: "Facts citing it", numeric: true, render: (s) => s.citedBy.length },
  ],
  rowKey: (s) => s.id,
  useTable(state) {
    return toTableQuery(
      useQuery({
        query: RecordsBrowserSourcesQuery,
        variables: {
          filters: recordFilters(state),
          orderBy: orderOf(state.sort ?? "published_on") as SourceOrder,
          ...pageArgs(state),
        },
      }),
      (data) => recordTablePage(data.sourceTable),
    );
  },
  twin: (state, format) => recordTwinUrl("sources", format, state, "published_on"),
};
