import { trimToPrecision, type CourtCaseOutcome, type DatePrecision } from "@subpoena-tracker/domain";
import { NotFoundError } from "../../schema/errors";
import { groupInKeyOrder, oneInKeyOrder, type Queryable } from "../shared/queryable";
import type { CourtCase } from "./court-case.types";

export interface CourtCaseRow {
  slug: string;
  court: string;
  case_number: string | null;
  caption: string;
  filed_on: string | null;
  filed_precision: DatePrecision | null;
  judge: string | null;
  outcome: CourtCaseOutcome;
  decided_on: string | null;
  decided_precision: DatePrecision | null;
  citation: string | null;
}

export const COURT_CASE_COLUMNS = `c.slug, c.court, c.case_number, c.caption, c.filed_on, c.filed_precision, c.judge,
  c.outcome, c.decided_on, c.decided_precision, c.citation`;

export function toCourtCase(row: CourtCaseRow): CourtCase {
  return {
    slug: row.slug,
    court: row.court,
    caseNumber: row.case_number,
    caption: row.caption,
    filedOn: row.filed_on && row.filed_precision ? trimToPrecision(row.filed_on, row.filed_precision) : null,
    filedPrecision: row.filed_precision,
    judge: row.judge,
    outcome: row.outcome,
    decidedOn: row.decided_on && row.decided_precision ? trimToPrecision(row.decided_on, row.decided_precision) : null,
    decidedPrecision: row.decided_precision,
    citation: row.citation,
  };
}

export async function listCourtCases(q: Queryable): Promise<CourtCase[]> {
  const rows = await q.query<CourtCaseRow[]>(`SELECT ${COURT_CASE_COLUMNS} FROM court_cases c ORDER BY c.ordinal`);
  return rows.map(toCourtCase);
}

export async function getCourtCase(q: Queryable, slug: string): Promise<CourtCase> {
  const [found] = await courtCasesBySlug(q, [slug]);
  if (!found) throw new NotFoundError(`No court case has slug "${slug}". The courtCases query lists every case.`);
  return found;
}

export async function courtCasesBySlug(q: Queryable, slugs: readonly string[]): Promise<(CourtCase | null)[]> {
  const rows = await q.query<CourtCaseRow[]>(`SELECT ${COURT_CASE_COLUMNS} FROM court_cases c WHERE c.slug = ANY($1)`, [
    slugs,
  ]);
  return oneInKeyOrder(slugs, rows.map(toCourtCase), (c) => c.slug);
}

/** The ids of the batches each court case concerns (through their events), oldest batch first. */
export async function batchIdsByCourtCase(q: Queryable, slugs: readonly string[]): Promise<string[][]> {
  const rows = await q.query<{ court_case_slug: string; batch_id: string }[]>(
    `SELECT DISTINCT e.court_case_slug, e.batch_id, b.issued_on, b.ordinal
       FROM events e JOIN batches b ON b.id = e.batch_id
      WHERE e.court_case_slug = ANY($1)
      ORDER BY e.court_case_slug, b.issued_on, b.ordinal`,
    [slugs],
  );
  return groupInKeyOrder(slugs, rows, (r) => r.court_case_slug).map((group) => group.map((r) => r.batch_id));
}
