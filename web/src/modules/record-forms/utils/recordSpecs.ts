import {
  AGENCY_KIND_LABELS,
  AGENCY_KINDS,
  COUNT_PRECISION_LABELS,
  COUNT_PRECISIONS,
  COURT_CASE_OUTCOME_LABELS,
  COURT_CASE_OUTCOMES,
  EVENT_STATUS_LABELS,
  EVENT_STATUSES,
  ISSUING_COMPONENT_LABELS,
  ISSUING_COMPONENTS,
  JURISDICTION_KIND_LABELS,
  JURISDICTION_KINDS,
  OFFENSE_CATEGORIES,
  OFFENSE_CATEGORY_LABELS,
  RELIABILITIES,
  RELIABILITY_LABELS,
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
} from "@subpoena-tracker/domain";
import type { RecordType } from "../../../gql/editor/graphql";

// What each kind of record's form asks for: the GraphQL input's fields (camelCase, as the server's field-path errors
// name them), their labels and kinds. The rules themselves are the server's: the form shows its messages beside the
// fields; it only checks here what GraphQL itself would otherwise refuse as a whole request (a number that is not one).

export type FieldKind = "text" | "longtext" | "date" | "int" | "url" | "enum" | "enumList" | "list" | "sources";

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  hint?: string;
  options?: readonly { value: string; label: string }[];
}

export interface RecordSpec {
  type: RecordType;
  /** "batch", "court case": for headings and buttons. */
  noun: string;
  /** The field that names the record (its stable id). */
  keyField: string;
  fields: readonly FieldSpec[];
}

/** GraphQL spells the format's enum values in upper case ("city_county" -> "CITY_COUNTY"). */
function options<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value: value.toUpperCase(), label: labels[value] }));
}

const DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD, only as precise as the sources are.";
const SLUG_HINT = "Lower-case letters, digits and hyphens; it becomes part of the record's address.";
const SOURCES_HINT = "The sources that support it, in citation order; at least one must carry its supporting quote.";

const JURISDICTION: RecordSpec = {
  type: "JURISDICTION",
  noun: "jurisdiction",
  keyField: "slug",
  fields: [
    { name: "slug", label: "Id", kind: "text", required: true, hint: `${SLUG_HINT} For example marion-county-or.` },
    { name: "name", label: "Name", kind: "text", required: true },
    {
      name: "kind",
      label: "Kind",
      kind: "enum",
      required: true,
      options: options(JURISDICTION_KINDS, JURISDICTION_KIND_LABELS),
    },
    { name: "state", label: "State", kind: "text", hint: "Two-letter USPS code, e.g. OR." },
    { name: "parentSlug", label: "Lies in", kind: "text", hint: "The id of the jurisdiction it lies in, e.g. oregon." },
    { name: "countyFips", label: "County FIPS code", kind: "text", hint: "Five digits, e.g. 41047." },
  ],
};

const AGENCY: RecordSpec = {
  type: "AGENCY",
  noun: "agency",
  keyField: "slug",
  fields: [
    {
      name: "slug",
      label: "Id",
      kind: "text",
      required: true,
      hint: `${SLUG_HINT} For example marion-county-sheriff.`,
    },
    { name: "name", label: "Name", kind: "text", required: true },
    { name: "kind", label: "Kind", kind: "enum", required: true, options: options(AGENCY_KINDS, AGENCY_KIND_LABELS) },
    {
      name: "jurisdictionSlug",
      label: "Jurisdiction",
      kind: "text",
      required: true,
      hint: "The id of the jurisdiction it serves.",
    },
  ],
};

const SOURCE: RecordSpec = {
  type: "SOURCE",
  noun: "source",
  keyField: "id",
  fields: [
    {
      name: "id",
      label: "Id",
      kind: "text",
      required: true,
      hint: `${SLUG_HINT} For example statesman-2025-08-marion.`,
    },
    { name: "url", label: "Address", kind: "url", required: true, hint: "The document's http or https address." },
    { name: "publisher", label: "Publisher", kind: "text", required: true },
    { name: "title", label: "Title", kind: "text" },
    { name: "publishedOn", label: "Published on", kind: "date", hint: DATE_HINT },
    {
      name: "kind",
      label: "Kind of document",
      kind: "enum",
      required: true,
      options: options(SOURCE_KINDS, SOURCE_KIND_LABELS),
    },
    {
      name: "reliability",
      label: "Reliability",
      kind: "enum",
      required: true,
      options: options(RELIABILITIES, RELIABILITY_LABELS),
    },
    {
      name: "quote",
      label: "Supporting quote",
      kind: "longtext",
      hint: "The passage that supports the facts citing it, word for word. No names of the people the subpoenas concern.",
    },
  ],
};

const POLICY: RecordSpec = {
  type: "POLICY",
  noun: "policy",
  keyField: "slug",
  fields: [
    { name: "slug", label: "Id", kind: "text", required: true, hint: SLUG_HINT },
    {
      name: "jurisdictionSlug",
      label: "Jurisdiction",
      kind: "text",
      required: true,
      hint: "The id of the jurisdiction whose policy it is.",
    },
    { name: "name", label: "Name", kind: "text", required: true },
    { name: "citation", label: "Legal citation", kind: "text" },
    { name: "enactedOn", label: "Enacted on", kind: "date", hint: DATE_HINT },
    { name: "effectiveOn", label: "In effect from", kind: "date", hint: DATE_HINT },
    { name: "summary", label: "What it says about sharing information with ICE", kind: "longtext" },
    { name: "sourceIds", label: "Sources", kind: "sources", required: true, hint: SOURCES_HINT },
  ],
};

const COURT_CASE: RecordSpec = {
  type: "COURT_CASE",
  noun: "court case",
  keyField: "slug",
  fields: [
    { name: "slug", label: "Id", kind: "text", required: true, hint: SLUG_HINT },
    { name: "court", label: "Court", kind: "text", required: true },
    { name: "caseNumber", label: "Docket number", kind: "text" },
    {
      name: "caption",
      label: "Caption",
      kind: "text",
      required: true,
      hint: "No personal names of the people the subpoenas concern.",
    },
    { name: "filedOn", label: "Filed on", kind: "date", hint: DATE_HINT },
    { name: "judge", label: "Judge", kind: "text" },
    {
      name: "outcome",
      label: "Outcome",
      kind: "enum",
      required: true,
      options: options(COURT_CASE_OUTCOMES, COURT_CASE_OUTCOME_LABELS),
    },
    { name: "decidedOn", label: "Decided on", kind: "date", hint: DATE_HINT },
    { name: "citation", label: "Citation of the decision", kind: "text" },
    { name: "sourceIds", label: "Sources", kind: "sources", required: true, hint: SOURCES_HINT },
  ],
};

export const EVENT_FIELDS: readonly FieldSpec[] = [
  { name: "date", label: "Date", kind: "date", required: true, hint: DATE_HINT },
  {
    name: "status",
    label: "What happened",
    kind: "enum",
    required: true,
    options: options(EVENT_STATUSES, EVENT_STATUS_LABELS),
  },
  {
    name: "agencySlug",
    label: "Agency",
    kind: "text",
    hint: "Only if it concerns one of the batch's agencies: its id.",
  },
  { name: "subpoenasAffected", label: "Subpoenas concerned", kind: "int", hint: "Only if not all of the batch's." },
  { name: "courtCaseSlug", label: "Court case", kind: "text", hint: "The id of the court case it belongs to, if any." },
  { name: "note", label: "Note", kind: "text" },
  { name: "sourceIds", label: "Sources", kind: "sources", required: true, hint: SOURCES_HINT },
];

const EVENT: RecordSpec = {
  type: "EVENT",
  noun: "event",
  keyField: "batchId",
  fields: [
    { name: "batchId", label: "Batch", kind: "text", required: true, hint: "The id of the batch it belongs to." },
    ...EVENT_FIELDS,
  ],
};

const BATCH: RecordSpec = {
  type: "BATCH",
  noun: "batch",
  keyField: "id",
  fields: [
    {
      name: "id",
      label: "Id",
      kind: "text",
      required: true,
      hint: `${SLUG_HINT} For example 2025-08-14-marion-county-or.`,
    },
    { name: "issuedOn", label: "Issued on", kind: "date", required: true, hint: DATE_HINT },
    {
      name: "jurisdictionSlug",
      label: "Counted under",
      kind: "text",
      required: true,
      hint: "The id of the jurisdiction, e.g. oregon.",
    },
    {
      name: "recipientAgencySlugs",
      label: "Agencies served",
      kind: "list",
      required: true,
      hint: "Their ids, separated by commas, in the order the sources list them.",
    },
    {
      name: "issuingComponent",
      label: "Issued by",
      kind: "enum",
      options: options(ISSUING_COMPONENTS, ISSUING_COMPONENT_LABELS),
    },
    {
      name: "subpoenaCount",
      label: "Number of subpoenas",
      kind: "int",
      hint: "Leave empty when the sources give no number.",
    },
    {
      name: "countPrecision",
      label: "How exact the number is",
      kind: "enum",
      required: true,
      options: options(COUNT_PRECISIONS, COUNT_PRECISION_LABELS),
    },
    {
      name: "offenseCategories",
      label: "Offense categories",
      kind: "enumList",
      options: options(OFFENSE_CATEGORIES, OFFENSE_CATEGORY_LABELS),
    },
    {
      name: "subjectsSummary",
      label: "What the sources say of the subjects",
      kind: "longtext",
      hint: "Never their names.",
    },
    { name: "subjectsInCustody", label: "Subjects in custody", kind: "int" },
    { name: "subjectsReleased", label: "Subjects released", kind: "int" },
    { name: "notes", label: "Editors' notes", kind: "longtext" },
    { name: "sourceIds", label: "Sources", kind: "sources", required: true, hint: SOURCES_HINT },
  ],
};

export const RECORD_SPECS: Record<RecordType, RecordSpec> = {
  JURISDICTION,
  AGENCY,
  SOURCE,
  POLICY,
  COURT_CASE,
  BATCH,
  EVENT,
};

/** The kinds of record a changeset's "add a record" menu offers, in the order people add them. */
export const EDITABLE_TYPES: readonly RecordType[] = [
  "BATCH",
  "SOURCE",
  "JURISDICTION",
  "AGENCY",
  "POLICY",
  "COURT_CASE",
  "EVENT",
];

export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  BATCH: "Batch of subpoenas",
  EVENT: "Event",
  SOURCE: "Source",
  JURISDICTION: "Jurisdiction",
  AGENCY: "Agency",
  POLICY: "Policy",
  COURT_CASE: "Court case",
};
