import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql";
import type { CourtCaseOrder, RecordsBrowser_CourtCasesQuery } from "../../../gql/graphql";
import { formatPartialDateText } from "../../batches/utils/format";
import { orderOf, pageArgs } from "../utils/tableState";
import { recordFilters, recordTwinUrl } from "../utils/twins";
import { courtCaseOutcomeLabel, stateLabel } from "./labels";
import { recordTablePage, toTableQuery, type TableConfig } from "./types";

const RecordsBrowserCourtCasesQuery = graphql(`
  query RecordsBrowser_CourtCases(
    $filters: [RecordFilter!]
    $orderBy: CourtCaseOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    courtCaseTable(filters: $filters, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...RecordsBrowser_PageInfo
      }
      nodes {
        slug
        caption
        court
        caseNumber
        filedOn
        decidedOn
        outcome
      }
      facets {
        ...RecordsBrowser_Facet
      }
    }
  }
`);

type Row = RecordsBrowser_CourtCasesQuery["courtCaseTable"]["nodes"][number];

export const COURT_CASES_TABLE: TableConfig<Row> = {
  name: "court-cases",
  title: "Court cases",
  noun: { one: "court case", many: "court cases" },
  intro: "Court actions to enforce or to challenge subpoenas, with every step and source that refers to them.",
  defaultSort: "filed_on",
  facets: [
    { field: "state", label: "State", valueLabel: stateLabel },
    { field: "outcome", label: "Outcome", valueLabel: courtCaseOutcomeLabel },
    { field: "year", label: "Year filed" },
    { field: "court", label: "Court" },
  ],
  columns: [
    {
      id: "caption",
      label: "Case",
      sort: "caption",
      render: (c) => <Link to={paths.courtCase(c.slug)}>{c.caption}</Link>,
    },
    { id: "court", label: "Court", sort: "court", render: (c) => c.court },
    { id: "number", label: "Case number", render: (c) => c.caseNumber ?? "Not reported" },
    { id: "filed", label: "Filed", sort: "filed_on", render: (c) => formatPartialDateText(c.filedOn) },
    { id: "outcome", label: "Outcome", render: (c) => courtCaseOutcomeLabel(c.outcome) },
    {
      id: "decided",
      label: "Decided",
      sort: "decided_on",
      render: (c) => (c.decidedOn ? formatPartialDateText(c.decidedOn) : "Not reported"),
    },
  ],
  rowKey: (c) => c.slug,
  useTable(state) {
    return toTableQuery(
      useQuery({
        query: RecordsBrowserCourtCasesQuery,
        variables: {
          filters: recordFilters(state),
          orderBy: orderOf(state.sort ?? "filed_on") as CourtCaseOrder,
          ...pageArgs(state),
        },
      }),
      (data) => recordTablePage(data.courtCaseTable),
    );
  },
  twin: (state, format) => recordTwinUrl("court-cases", format, state, "filed_on"),
};
