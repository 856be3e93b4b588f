import {
  AGENCY_KINDS,
  COUNT_PRECISIONS,
  COURT_CASE_OUTCOMES,
  EVENT_STATUSES,
  ISSUING_COMPONENTS,
  JURISDICTION_KINDS,
  OFFENSE_CATEGORIES,
  RELIABILITIES,
  SOURCE_KINDS,
} from "@subpoena-tracker/domain";

/**
 * The interchange format, resource by resource: how each CSV field is checked and where it is stored.
 * interchange-format.json (the package descriptor) says the same for outside tools; a test keeps them in step.
 */
export type ResourceName = "jurisdictions" | "agencies" | "sources" | "policies" | "court_cases" | "batches" | "events";

export type FieldSpec =
  /** The row's stable id. */
  | { name: string; type: "id"; column: string }
  | { name: string; type: "text"; column: string; required?: boolean }
  | { name: string; type: "url"; column: string; required?: boolean }
  | { name: string; type: "state"; column: string }
  /** A five-digit county FIPS code. `optionalColumn`: a file may leave the column out (packages made before it). */
  | { name: string; type: "countyFips"; column: string; optionalColumn: true }
  | { name: string; type: "enum"; column: string; values: readonly string[]; required?: boolean }
  | { name: string; type: "integer"; column: string; min: number; required?: boolean }
  /** A partial date, stored as the period's first day plus its precision. */
  | { name: string; type: "partialDate"; column: string; precisionColumn: string; required?: boolean }
  /** A semicolon list of enum values, stored as a text[] column. */
  | { name: string; type: "enumList"; column: string; values: readonly string[] }
  | { name: string; type: "ref"; column: string; resource: ResourceName; required?: boolean }
  /** A semicolon list of ids of another resource, stored in order in a link table. */
  | { name: string; type: "refList"; resource: ResourceName; link: LinkSpec; required?: boolean };

export interface LinkSpec {
  table: string;
  /** Column holding the owner's key. */
  ownerColumn: string;
  /** Column holding the referenced id. */
  targetColumn: string;
}

export interface ResourceSpec {
  name: ResourceName;
  file: string;
  table: string;
  /** Key column in the table; for events, the natural key (events have no id in the format). */
  keyColumn: string;
  fields: FieldSpec[];
}

const sourcesLink = (table: string, ownerColumn: string): FieldSpec => ({
  name: "source_ids",
  type: "refList",
  resource: "sources",
  required: true,
  link: { table, ownerColumn, targetColumn: "source_id" },
});

const date = (name: string, prefix: string, required = false): FieldSpec => ({
  name,
  type: "partialDate",
  column: `${prefix}_on`,
  precisionColumn: `${prefix}_precision`,
  required,
});

/** In dependency order: a resource only refers to those before it (and jurisdictions to themselves). */
export const RESOURCES: ResourceSpec[] = [
  {
    name: "jurisdictions",
    file: "jurisdictions.csv",
    table: "jurisdictions",
    keyColumn: "slug",
    fields: [
      { name: "slug", type: "id", column: "slug" },
      { name: "name", type: "text", column: "name", required: true },
      { name: "kind", type: "enum", column: "kind", values: JURISDICTION_KINDS, required: true },
      { name: "state", type: "state", column: "state" },
      { name: "parent_slug", type: "ref", column: "parent_slug", resource: "jurisdictions" },
      { name: "county_fips", type: "countyFips", column: "county_fips", optionalColumn: true },
    ],
  },
  {
    name: "agencies",
    file: "agencies.csv",
    table: "agencies",
    keyColumn: "slug",
    fields: [
      { name: "slug", type: "id", column: "slug" },
      { name: "name", type: "text", column: "name", required: true },
      { name: "kind", type: "enum", column: "kind", values: AGENCY_KINDS, required: true },
      {
        name: "jurisdiction_slug",
        type: "ref",
        column: "jurisdiction_slug",
        resource: "jurisdictions",
        required: true,
      },
    ],
  },
  {
    name: "sources",
    file: "sources.csv",
    table: "sources",
    keyColumn: "id",
    fields: [
      { name: "id", type: "id", column: "id" },
      { name: "url", type: "url", column: "url", required: true },
      { name: "publisher", type: "text", column: "publisher", required: true },
      { name: "title", type: "text", column: "title" },
      date("published_on", "published"),
      { name: "kind", type: "enum", column: "kind", values: SOURCE_KINDS, required: true },
      { name: "reliability", type: "enum", column: "reliability", values: RELIABILITIES, required: true },
      { name: "quote", type: "text", column: "quote" },
    ],
  },
  {
    name: "policies",
    file: "policies.csv",
    table: "policies",
    keyColumn: "slug",
    fields: [
      { name: "slug", type: "id", column: "slug" },
      {
        name: "jurisdiction_slug",
        type: "ref",
        column: "jurisdiction_slug",
        resource: "jurisdictions",
        required: true,
      },
      { name: "name", type: "text", column: "name", required: true },
      { name: "citation", type: "text", column: "citation" },
      date("enacted_on", "enacted"),
      date("effective_on", "effective"),
      { name: "summary", type: "text", column: "summary" },
      sourcesLink("policy_sources", "policy_slug"),
    ],
  },
  {
    name: "court_cases",
    file: "court_cases.csv",
    table: "court_cases",
    keyColumn: "slug",
    fields: [
      { name: "slug", type: "id", column: "slug" },
      { name: "court", type: "text", column: "court", required: true },
      { name: "case_number", type: "text", column: "case_number" },
      { name: "caption", type: "text", column: "caption", required: true },
      date("filed_on", "filed"),
      { name: "judge", type: "text", column: "judge" },
      { name: "outcome", type: "enum", column: "outcome", values: COURT_CASE_OUTCOMES, required: true },
      date("decided_on", "decided"),
      { name: "citation", type: "text", column: "citation" },
      sourcesLink("court_case_sources", "court_case_slug"),
    ],
  },
  {
    name: "batches",
    file: "batches.csv",
    table: "batches",
    keyColumn: "id",
    fields: [
      { name: "id", type: "id", column: "id" },
      date("issued_on", "issued", true),
      {
        name: "jurisdiction_slug",
        type: "ref",
        column: "jurisdiction_slug",
        resource: "jurisdictions",
        required: true,
      },
      {
        name: "recipient_agency_slugs",
        type: "refList",
        resource: "agencies",
        required: true,
        link: { table: "batch_agencies", ownerColumn: "batch_id", targetColumn: "agency_slug" },
      },
      { name: "issuing_component", type: "enum", column: "issuing_component", values: ISSUING_COMPONENTS },
      { name: "subpoena_count", type: "integer", column: "subpoena_count", min: 1 },
      { name: "count_precision", type: "enum", column: "count_precision", values: COUNT_PRECISIONS, required: true },
      { name: "offense_categories", type: "enumList", column: "offense_categories", values: OFFENSE_CATEGORIES },
      { name: "subjects_summary", type: "text", column: "subjects_summary" },
      { name: "subjects_in_custody", type: "integer", column: "subjects_in_custody", min: 0 },
      { name: "subjects_released", type: "integer", column: "subjects_released", min: 0 },
      { name: "notes", type: "text", column: "notes" },
      sourcesLink("batch_sources", "batch_id"),
    ],
  },
  {
    name: "events",
    file: "events.csv",
    table: "events",
    keyColumn: "natural_key",
    fields: [
      { name: "batch_id", type: "ref", column: "batch_id", resource: "batches", required: true },
      date("date", "occurred", true),
      { name: "status", type: "enum", column: "status", values: EVENT_STATUSES, required: true },
      { name: "agency_slug", type: "ref", column: "agency_slug", resource: "agencies" },
      { name: "subpoenas_affected", type: "integer", column: "subpoenas_affected", min: 1 },
      { name: "court_case_slug", type: "ref", column: "court_case_slug", resource: "court_cases" },
      { name: "note", type: "text", column: "note" },
      sourcesLink("event_sources", "event_id"),
    ],
  },
];

export const RESOURCE_BY_NAME = Object.fromEntries(RESOURCES.map((r) => [r.name, r])) as Record<
  ResourceName,
  ResourceSpec
>;

/** Table and key column to look a referenced id up in the database. */
export function keyOf(resource: ResourceName): { table: string; column: string } {
  const spec = RESOURCE_BY_NAME[resource];
  return { table: spec.table, column: spec.keyColumn };
}

/** What identifies an event: what happened, when, to whom, in which case. Two such rows in one batch are one event. */
export function eventNaturalKey(values: {
  date: string;
  status: string;
  agency_slug: string;
  court_case_slug: string;
}): string {
  return [values.date, values.status, values.agency_slug, values.court_case_slug].join("|");
}
