import {
  countyFipsProblem,
  findOutcomeInputProblems,
  isOneOf,
  partialDateEnd,
  partialDateStart,
  tryParsePartialDate,
  type OutcomeEventInput,
} from "@subpoena-tracker/domain";
import type { StoredOutcomeEvent } from "../modules/batches/batch-outcome.service";
import { groupBy } from "../util/group-by";
import type { Problem } from "./problems";
import {
  eventNaturalKey,
  RESOURCES,
  type FieldSpec,
  type LinkSpec,
  type ResourceName,
  type ResourceSpec,
} from "./resources";

/**
 * One record as the interchange format spells it (field name -> text), from a CSV line or an editor's input.
 * `line` locates it for problems: the file line for a package, the change's position for an edit.
 */
export interface InputRow {
  line: number;
  values: Record<string, string>;
  /** Events only: the stored event this row edits (an edit may change what identifies the event). */
  eventId?: number;
}

/** A row that passed every check, in the shape the database stores. */
export interface ValidRow {
  line: number;
  key: string;
  eventId?: number;
  /** Column name to value, as stored. */
  columns: Record<string, string | number | string[] | null>;
  links: { link: LinkSpec; targets: string[] }[];
}

export type PackageTables = Partial<Record<ResourceName, { rows: InputRow[] }>>;
export type ValidPackage = Record<ResourceName, ValidRow[]>;

/** What the database already holds, for references from the package to rows outside it. */
export interface ExistingRows {
  /** Of the given ids, those that exist. */
  existingIds(resource: ResourceName, ids: string[]): Promise<Set<string>>;
  /** Recipient agencies, count and issue date of batches already stored. */
  batches(ids: string[]): Promise<Map<string, BatchFacts>>;
  /** Events already stored for these batches, as the outcome rule reads them, with their natural keys. */
  events(batchIds: string[]): Promise<StoredOutcomeEvent[]>;
}

export interface BatchFacts {
  agencies: string[];
  count: number | null;
  issuedOn: string;
}

const SINGULAR: Record<ResourceName, string> = {
  jurisdictions: "jurisdiction",
  agencies: "agency",
  sources: "source",
  policies: "policy",
  court_cases: "court case",
  batches: "batch",
  events: "event",
};

// The wording of problems found across rows, shared with the streaming importer (src/import), which finds them in SQL.
export const duplicateMessage = (resource: ResourceName, key: string, firstLine: number): string =>
  `duplicate: ${resource === "events" ? "the same event (batch, date, status, agency and court case)" : `id "${key}"`} is also on line ${firstLine}`;
export const unknownReferenceMessage = (resource: ResourceName, id: string): string =>
  `unknown ${SINGULAR[resource]} "${id}": not in ${resource}.csv nor in the database`;
export const notServedMessage = (agency: string, batchId: string, recipients: string[]): string =>
  `"${agency}" was not served in batch "${batchId}" (recipients: ${recipients.join(", ")})`;
export const moreThanBatchMessage = (affected: number, count: number): string =>
  `${affected} is more than the batch's ${count} subpoenas`;
export const beforeIssueMessage = (issuedOn: string): string => `is before the batch was issued (${issuedOn})`;
export const outcomeRuleMessage = (batchId: string, message: string): string =>
  `batch "${batchId}": the outcome rule cannot apply: ${message}`;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const STATE = /^[A-Z]{2}$/;
const INTEGER = /^-?\d+$/;

function splitList(raw: string): string[] {
  return raw
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** One row's own checks (types, enums, dates, lists), reported through `report`; references are returned to check. */
export function checkRow(
  spec: ResourceSpec,
  line: number,
  values: Record<string, string>,
  eventId: number | undefined,
  report: (field: string, message: string) => void,
): { row: ValidRow; refs: { resource: ResourceName; id: string; field: string }[]; duplicateKey: string } {
  const row: ValidRow = { line, key: "", eventId, columns: {}, links: [] };
  const refs: { resource: ResourceName; id: string; field: string }[] = [];
  for (const field of spec.fields) {
    const raw = (values[field.name] ?? "").trim();
    checkField(field, raw, row, report, (resource, id) => refs.push({ resource, id, field: field.name }));
  }
  if (spec.name === "events") {
    row.key = eventNaturalKey({
      date: values.date ?? "",
      status: values.status ?? "",
      agency_slug: values.agency_slug ?? "",
      court_case_slug: values.court_case_slug ?? "",
    });
  } else {
    row.key = String(row.columns[spec.keyColumn] ?? "");
  }
  const duplicateKey = spec.name === "events" ? `${values.batch_id}|${row.key}` : row.key;
  return { row, refs, duplicateKey };
}

/**
 * Checks every row of every table: types, enums, partial dates, duplicate ids, references inside the package and
 * to rows already stored, and rules that span rows. Returns every problem found, not just the first.
 */
export async function validatePackage(
  tables: PackageTables,
  existing: ExistingRows,
): Promise<{ rows: ValidPackage; problems: Problem[] }> {
  const problems: Problem[] = [];
  const rows = {} as ValidPackage;
  /** References to check once every table is read: resource -> id -> where it was used. */
  const refs: { resource: ResourceName; id: string; file: string; line: number; field: string }[] = [];

  for (const spec of RESOURCES) {
    rows[spec.name] = [];
    const table = tables[spec.name];
    if (!table) continue;
    const seen = new Map<string, number>();
    for (const { line, values, eventId } of table.rows) {
      let ok = true;
      const checked = checkRow(spec, line, values, eventId, (field, message) => {
        problems.push({ file: spec.file, line, field, message });
        ok = false;
      });
      const row = checked.row;
      for (const ref of checked.refs) refs.push({ ...ref, file: spec.file, line });
      const report = (field: string, message: string) => {
        problems.push({ file: spec.file, line, field, message });
        ok = false;
      };
      const duplicateKey = checked.duplicateKey;
      const first = seen.get(duplicateKey);
      if (row.key !== "" && first !== undefined) {
        report(spec.fields[0].name, duplicateMessage(spec.name, row.key, first));
      } else if (row.key !== "") {
        seen.set(duplicateKey, line);
      }
      if (ok) rows[spec.name].push(row);
    }
  }

  await checkReferences(rows, refs, existing, problems);
  checkJurisdictionCycles(rows.jurisdictions, problems);
  checkCountyFips(rows.jurisdictions, problems);
  checkBatchCounts(rows.batches, problems);
  await checkEventsAgainstBatches(rows, existing, problems);
  // The rule itself refuses contradictory histories; only ask it when the rows are otherwise sound.
  if (problems.length === 0) await checkOutcomeRule(rows, existing, problems);
  return { rows, problems };
}

function checkField(
  field: FieldSpec,
  raw: string,
  row: ValidRow,
  report: (field: string, message: string) => void,
  addRef: (resource: ResourceName, id: string) => void,
): void {
  const required = field.type === "id" || ("required" in field && field.required === true);
  if (raw === "") {
    if (required) report(field.name, "is required but empty");
    if (field.type === "partialDate") {
      row.columns[field.column] = null;
      row.columns[field.precisionColumn] = null;
    } else if (field.type === "refList") {
      row.links.push({ link: field.link, targets: [] });
    } else if (field.type === "enumList") {
      row.columns[field.column] = [];
    } else {
      row.columns[field.column] = null;
    }
    return;
  }
  switch (field.type) {
    case "id":
      if (!SLUG.test(raw)) {
        report(field.name, `"${raw}" is not a valid id: use lower-case letters, digits and hyphens`);
      }
      row.columns[field.column] = raw;
      return;
    case "text":
      row.columns[field.column] = raw;
      return;
    case "url":
      if (!/^https?:\/\/\S+$/.test(raw)) report(field.name, `"${raw}" is not an http(s) address`);
      row.columns[field.column] = raw;
      return;
    case "state":
      if (!STATE.test(raw)) report(field.name, `"${raw}" is not a two-letter USPS state code such as OR`);
      row.columns[field.column] = raw;
      return;
    case "countyFips":
      // Checked against the row's kind and state once the whole row is read (checkCountyFips).
      row.columns[field.column] = raw;
      return;
    case "enum":
      if (!isOneOf(field.values, raw)) report(field.name, `"${raw}" is not one of ${field.values.join(", ")}`);
      row.columns[field.column] = raw;
      return;
    case "integer": {
      const n = Number(raw);
      if (!INTEGER.test(raw) || !Number.isSafeInteger(n) || n < field.min) {
        report(field.name, `must be a whole number of at least ${field.min}, got "${raw}"`);
      }
      row.columns[field.column] = n;
      return;
    }
    case "partialDate": {
      const parsed = tryParsePartialDate(raw);
      if (!parsed.ok) {
        report(field.name, parsed.error);
        return;
      }
      row.columns[field.column] = partialDateStart(parsed.value);
      row.columns[field.precisionColumn] = parsed.value.precision;
      return;
    }
    case "enumList": {
      const items = splitList(raw);
      const wrong = items.filter((v) => !isOneOf(field.values, v));
      if (wrong.length > 0)
        report(field.name, `${wrong.map((w) => `"${w}"`).join(", ")} not one of ${field.values.join(", ")}`);
      if (new Set(items).size !== items.length) report(field.name, "lists a value twice");
      row.columns[field.column] = items;
      return;
    }
    case "ref":
      row.columns[field.column] = raw;
      addRef(field.resource, raw);
      return;
    case "refList": {
      const items = splitList(raw);
      if (items.length === 0 && field.required) report(field.name, "is required but lists nothing");
      if (new Set(items).size !== items.length) report(field.name, "lists an id twice");
      items.forEach((id) => addRef(field.resource, id));
      row.links.push({ link: field.link, targets: items });
      return;
    }
  }
}

async function checkReferences(
  rows: ValidPackage,
  refs: { resource: ResourceName; id: string; file: string; line: number; field: string }[],
  existing: ExistingRows,
  problems: Problem[],
): Promise<void> {
  const keys = new Map<ResourceName, Set<string>>();
  const inPackage = (resource: ResourceName) => {
    let set = keys.get(resource);
    if (!set) keys.set(resource, (set = new Set(rows[resource].map((r) => r.key))));
    return set;
  };
  const missingByResource = new Map<ResourceName, Set<string>>();
  for (const ref of refs) {
    if (inPackage(ref.resource).has(ref.id)) continue;
    const set = missingByResource.get(ref.resource) ?? new Set<string>();
    set.add(ref.id);
    missingByResource.set(ref.resource, set);
  }
  const found = new Map<ResourceName, Set<string>>();
  for (const [resource, ids] of missingByResource) found.set(resource, await existing.existingIds(resource, [...ids]));
  for (const ref of refs) {
    if (inPackage(ref.resource).has(ref.id) || found.get(ref.resource)?.has(ref.id)) continue;
    problems.push({
      file: ref.file,
      line: ref.line,
      field: ref.field,
      message: unknownReferenceMessage(ref.resource, ref.id),
    });
  }
}

function checkCountyFips(jurisdictions: ValidRow[], problems: Problem[]): void {
  for (const row of jurisdictions) {
    const problem = countyFipsRowProblem(row);
    if (problem) problems.push({ file: "jurisdictions.csv", line: row.line, field: "county_fips", message: problem });
  }
}

/** A jurisdiction's county FIPS code against its own kind and state; null when right (or absent). */
export function countyFipsRowProblem(row: ValidRow): string | null {
  const fips = row.columns.county_fips as string | null;
  if (fips === null || fips === undefined) return null;
  return countyFipsProblem(fips, String(row.columns.kind), row.columns.state as string | null);
}

export function checkJurisdictionCycles(jurisdictions: ValidRow[], problems: Problem[]): void {
  const parent = new Map(jurisdictions.map((r) => [r.key, r.columns.parent_slug as string | null]));
  for (const row of jurisdictions) {
    const visited = new Set<string>([row.key]);
    let at = parent.get(row.key) ?? null;
    while (at !== null && parent.has(at)) {
      if (visited.has(at)) {
        problems.push({
          file: "jurisdictions.csv",
          line: row.line,
          field: "parent_slug",
          message: `"${row.key}" is inside itself (a cycle through "${at}")`,
        });
        break;
      }
      visited.add(at);
      at = parent.get(at) ?? null;
    }
  }
}

function checkBatchCounts(batches: ValidRow[], problems: Problem[]): void {
  for (const row of batches) {
    const message = batchCountProblem(row);
    if (message) problems.push({ file: "batches.csv", line: row.line, field: "subpoena_count", message });
  }
}

/** A batch's count against its count precision; null when they agree. */
export function batchCountProblem(row: ValidRow): string | null {
  const count = row.columns.subpoena_count;
  const precision = row.columns.count_precision;
  if (precision === "unknown" && count !== null) return "must be empty when count_precision is unknown";
  if (precision !== "unknown" && precision !== null && count === null) {
    return `is required when count_precision is ${precision}; use unknown when sources give no number`;
  }
  return null;
}

/** An event may only concern an agency the batch was served on, and no more subpoenas than the batch holds. */
async function checkEventsAgainstBatches(
  rows: ValidPackage,
  existing: ExistingRows,
  problems: Problem[],
): Promise<void> {
  const facts = new Map<string, BatchFacts>();
  for (const b of rows.batches) {
    const agencies = b.links.find((l) => l.link.table === "batch_agencies")?.targets ?? [];
    facts.set(b.key, {
      agencies,
      count: b.columns.subpoena_count as number | null,
      issuedOn: b.columns.issued_on as string,
    });
  }
  const outside = [...new Set(rows.events.map((e) => e.columns.batch_id as string))].filter((id) => !facts.has(id));
  if (outside.length > 0) for (const [id, f] of await existing.batches(outside)) facts.set(id, f);
  for (const event of rows.events) {
    const batch = facts.get(event.columns.batch_id as string);
    if (!batch) continue;
    const agency = event.columns.agency_slug as string | null;
    if (agency !== null && batch.agencies.length > 0 && !batch.agencies.includes(agency)) {
      problems.push({
        file: "events.csv",
        line: event.line,
        field: "agency_slug",
        message: notServedMessage(agency, event.columns.batch_id as string, batch.agencies),
      });
    }
    const affected = event.columns.subpoenas_affected as number | null;
    if (affected !== null && batch.count !== null && affected > batch.count) {
      problems.push({
        file: "events.csv",
        line: event.line,
        field: "subpoenas_affected",
        message: moreThanBatchMessage(affected, batch.count),
      });
    }
    const occurred = event.columns.occurred_on as string | null;
    const precision = event.columns.occurred_precision as "year" | "month" | "day" | null;
    if (occurred && precision && batch.issuedOn && lastDay(occurred, precision) < batch.issuedOn) {
      problems.push({
        file: "events.csv",
        line: event.line,
        field: "date",
        message: beforeIssueMessage(batch.issuedOn),
      });
    }
  }
}

function lastDay(start: string, precision: "year" | "month" | "day"): string {
  const [y, m, d] = start.split("-").map(Number);
  return partialDateEnd({
    year: y,
    month: precision === "year" ? null : m,
    day: precision === "day" ? d : null,
    precision,
  });
}

/**
 * Runs the outcome rule's own checks on every batch the package touches, over its stored events and the package's
 * (a package's event replaces a stored one with the same natural key), so that no import leaves a batch whose
 * outcome cannot be derived (for example events that account for more subpoenas than the batch holds).
 */
async function checkOutcomeRule(rows: ValidPackage, existing: ExistingRows, problems: Problem[]): Promise<void> {
  const batchIds = [
    ...new Set([...rows.batches.map((b) => b.key), ...rows.events.map((e) => e.columns.batch_id as string)]),
  ];
  if (batchIds.length === 0) return;
  const packagedBatches = new Map(rows.batches.map((b) => [b.key, b]));
  const packagedEvents = groupBy(rows.events, (e) => e.columns.batch_id as string);
  const storedEvents = groupBy(await existing.events(batchIds), (e) => e.batchId);
  const storedFacts = await existing.batches(batchIds.filter((id) => !packagedBatches.has(id)));
  for (const batchId of batchIds) {
    const packaged = packagedBatches.get(batchId);
    const facts: BatchFacts | undefined = packaged
      ? {
          agencies: packaged.links.find((l) => l.link.table === "batch_agencies")?.targets ?? [],
          count: packaged.columns.subpoena_count as number | null,
          issuedOn: packaged.columns.issued_on as string,
        }
      : storedFacts.get(batchId);
    if (!facts) continue;
    const packageEvents = packagedEvents.get(batchId) ?? [];
    const replaced = new Set(packageEvents.map((e) => e.key));
    const edited = new Set(rows.events.flatMap((e) => (e.eventId === undefined ? [] : [e.eventId])));
    const events: OutcomeEventInput[] = [
      ...(storedEvents.get(batchId) ?? []).filter((e) => !replaced.has(e.naturalKey) && !edited.has(e.id)),
      ...packageEvents.map((e) => ({
        date: e.key.split("|")[0],
        status: e.columns.status as OutcomeEventInput["status"],
        agencySlug: e.columns.agency_slug as string | null,
        subpoenasAffected: e.columns.subpoenas_affected as number | null,
        courtCaseSlug: e.columns.court_case_slug as string | null,
      })),
    ];
    const found = findOutcomeInputProblems({
      subpoenaCount: facts.count,
      recipientAgencySlugs: facts.agencies,
      events,
    });
    if (found.length === 0) continue;
    const where = packaged
      ? { file: "batches.csv", line: packaged.line }
      : { file: "events.csv", line: packageEvents[0]?.line };
    for (const message of found) {
      problems.push({
        ...where,
        field: "events",
        message: outcomeRuleMessage(batchId, message),
      });
    }
  }
}
