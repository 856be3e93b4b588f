import { AGENCY_KINDS, COURT_CASE_OUTCOMES, RELIABILITIES, SOURCE_KINDS } from "@subpoena-tracker/domain";
import { AGENCY_COLUMNS, toAgency, type AgencyRow } from "../agencies/agency.service";
import type { Agency } from "../agencies/agency.types";
import type { SortKey } from "../batches/batch.service";
import { COURT_CASE_COLUMNS, toCourtCase, type CourtCaseRow } from "../court-cases/court-case.service";
import type { CourtCase } from "../court-cases/court-case.types";
import { SOURCE_COLUMNS, toSource, type SourceRow } from "../sources/source.service";
import type { Source } from "../sources/source.types";
import type { RecordTableSpec } from "./record-table";

const key = (sql: string, type: SortKey["type"], desc = false): SortKey => ({ sql, type, desc });
const flip = (k: SortKey): SortKey => ({ ...k, desc: !k.desc });

/**
 * A column's two orders, NAME_ASC and NAME_DESC: its keys, then the row's id to make the order total. `nullable` is
 * an expression true for rows without a value, which come last in both directions (as unknown counts do for batches).
 */
function sortable(name: string, keys: SortKey[], id: string, nullable?: string): Record<string, SortKey[]> {
  const last = nullable ? [key(`(${nullable})::int`, "int")] : [];
  const idKey = key(`${id} COLLATE "C"`, "text");
  return {
    [`${name}_ASC`]: [...last, ...keys, idKey],
    [`${name}_DESC`]: [...last, ...keys.map(flip), flip(idKey)],
  };
}

/** A partial date column sorted as batches' issue dates are: by first day, coarser first, nulls last. */
function dateKeys(alias: string, prefix: string): SortKey[] {
  return [
    key(`coalesce(${alias}.${prefix}_on, DATE '0001-01-01')`, "date"),
    key(`CASE ${alias}.${prefix}_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END`, "int"),
  ];
}

const text = (sql: string): SortKey => key(`lower(coalesce(${sql}, ''))`, "text");
const upper = (values: readonly string[]) => values.map((v) => v.toUpperCase());
const yearOf = (column: string): string => `ARRAY[to_char(${column}, 'YYYY')]`;

export enum SourceOrder {
  PUBLISHED_ON_ASC = "PUBLISHED_ON_ASC",
  PUBLISHED_ON_DESC = "PUBLISHED_ON_DESC",
  PUBLISHER_ASC = "PUBLISHER_ASC",
  PUBLISHER_DESC = "PUBLISHER_DESC",
  TITLE_ASC = "TITLE_ASC",
  TITLE_DESC = "TITLE_DESC",
}

export const SOURCE_TABLE: RecordTableSpec<Source> = {
  noun: "source",
  from: "sources s",
  key: "s.id",
  columns: SOURCE_COLUMNS,
  orders: {
    ...sortable("PUBLISHED_ON", dateKeys("s", "published"), "s.id", "s.published_on IS NULL"),
    ...sortable("PUBLISHER", [text("s.publisher")], "s.id"),
    ...sortable("TITLE", [text("s.title")], "s.id", "s.title IS NULL"),
  },
  facets: [
    {
      field: "kind",
      description: "What kind of document it is (SourceKind).",
      values: "ARRAY[upper(s.kind)]",
      allowed: upper(SOURCE_KINDS),
    },
    {
      field: "reliability",
      description: "How close it is to the facts (Reliability).",
      values: "ARRAY[upper(s.reliability)]",
      allowed: upper(RELIABILITIES),
    },
    { field: "publisher", description: "Who published it.", values: "ARRAY[s.publisher]" },
    { field: "year", description: "The year it was published.", values: yearOf("s.published_on") },
  ],
  toNode: (row) => toSource(row as unknown as SourceRow),
};

export enum CourtCaseOrder {
  FILED_ON_ASC = "FILED_ON_ASC",
  FILED_ON_DESC = "FILED_ON_DESC",
  DECIDED_ON_ASC = "DECIDED_ON_ASC",
  DECIDED_ON_DESC = "DECIDED_ON_DESC",
  CAPTION_ASC = "CAPTION_ASC",
  CAPTION_DESC = "CAPTION_DESC",
  COURT_ASC = "COURT_ASC",
  COURT_DESC = "COURT_DESC",
}

export const COURT_CASE_TABLE: RecordTableSpec<CourtCase> = {
  noun: "court case",
  from: "court_cases c",
  key: "c.slug",
  columns: COURT_CASE_COLUMNS,
  orders: {
    ...sortable("FILED_ON", dateKeys("c", "filed"), "c.slug", "c.filed_on IS NULL"),
    ...sortable("DECIDED_ON", dateKeys("c", "decided"), "c.slug", "c.decided_on IS NULL"),
    ...sortable("CAPTION", [text("c.caption")], "c.slug"),
    ...sortable("COURT", [text("c.court")], "c.slug"),
  },
  facets: [
    {
      field: "state",
      description: "States of the batches the case concerns (two-letter codes).",
      values: `ARRAY(SELECT DISTINCT fj.state::text FROM events fe JOIN batches fb ON fb.id = fe.batch_id
                 JOIN jurisdictions fj ON fj.slug = fb.jurisdiction_slug
                WHERE fe.court_case_slug = c.slug AND fj.state IS NOT NULL)`,
      upperCase: true,
    },
    {
      field: "outcome",
      description: "How the case ended (CourtCaseOutcome).",
      values: "ARRAY[upper(c.outcome)]",
      allowed: upper(COURT_CASE_OUTCOMES),
    },
    { field: "court", description: "The court.", values: "ARRAY[c.court]" },
    { field: "year", description: "The year it was filed.", values: yearOf("c.filed_on") },
  ],
  toNode: (row) => toCourtCase(row as unknown as CourtCaseRow),
};

export enum AgencyOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  KIND_ASC = "KIND_ASC",
  KIND_DESC = "KIND_DESC",
  JURISDICTION_ASC = "JURISDICTION_ASC",
  JURISDICTION_DESC = "JURISDICTION_DESC",
}

export const AGENCY_TABLE: RecordTableSpec<Agency> = {
  noun: "agency",
  from: "agencies a",
  key: "a.slug",
  columns: AGENCY_COLUMNS,
  orders: {
    ...sortable("NAME", [text("a.name")], "a.slug"),
    ...sortable("KIND", [key(`a.kind COLLATE "C"`, "text"), text("a.name")], "a.slug"),
    ...sortable("JURISDICTION", [key(`a.jurisdiction_slug COLLATE "C"`, "text"), text("a.name")], "a.slug"),
  },
  facets: [
    {
      field: "state",
      description: "The state the agency is in (two-letter code).",
      values: "ARRAY[(SELECT fj.state::text FROM jurisdictions fj WHERE fj.slug = a.jurisdiction_slug)]",
      upperCase: true,
    },
    {
      field: "kind",
      description: "What kind of agency it is (AgencyKind).",
      values: "ARRAY[upper(a.kind)]",
      allowed: upper(AGENCY_KINDS),
    },
    {
      field: "jurisdiction",
      description: "The jurisdiction the agency belongs to (slug).",
      values: "ARRAY[a.jurisdiction_slug]",
    },
  ],
  toNode: (row) => toAgency(row as unknown as AgencyRow),
};
