import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql";
import type { AgencyOrder, RecordsBrowser_AgenciesQuery } from "../../../gql/graphql";
import { orderOf, pageArgs } from "../utils/tableState";
import { recordFilters, recordTwinUrl } from "../utils/twins";
import { agencyKindLabel, stateLabel } from "./labels";
import { recordTablePage, toTableQuery, type TableConfig } from "./types";

const RecordsBrowserAgenciesQuery = graphql(`
  query RecordsBrowser_Agencies(
    $filters: [RecordFilter!]
    $orderBy: AgencyOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    agencyTable(filters: $filters, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...RecordsBrowser_PageInfo
      }
      nodes {
        slug
        name
        kind
        jurisdiction {
          slug
          name
          state
        }
      }
      facets {
        ...RecordsBrowser_Facet
      }
    }
  }
`);

type Row = RecordsBrowser_AgenciesQuery["agencyTable"]["nodes"][number];

export const AGENCIES_TABLE: TableConfig<Row> = {
  name: "agencies",
  title: "Agencies",
  noun: { one: "agency", many: "agencies" },
  intro: "The sheriffs, jails, courts and police that received subpoenas, with the jurisdiction each belongs to.",
  defaultSort: "name",
  facets: [
    { field: "state", label: "State", valueLabel: stateLabel },
    { field: "kind", label: "Kind of agency", valueLabel: agencyKindLabel },
  ],
  columns: [
    { id: "name", label: "Agency", sort: "name", render: (a) => a.name },
    { id: "kind", label: "Kind", sort: "kind", render: (a) => agencyKindLabel(a.kind) },
    {
      id: "jurisdiction",
      label: "Jurisdiction",
      sort: "jurisdiction",
      render: (a) => <Link to={paths.jurisdiction(a.jurisdiction.slug)}>{a.jurisdiction.name}</Link>,
    },
    { id: "state", label: "State", render: (a) => a.jurisdiction.state ?? "" },
  ],
  rowKey: (a) => a.slug,
  useTable(state) {
    return toTableQuery(
      useQuery({
        query: RecordsBrowserAgenciesQuery,
        variables: {
          filters: recordFilters(state),
          orderBy: orderOf(state.sort ?? "name") as AgencyOrder,
          ...pageArgs(state),
        },
      }),
      (data) => recordTablePage(data.agencyTable),
    );
  },
  twin: (state, format) => recordTwinUrl("agencies", format, state, "name"),
};
