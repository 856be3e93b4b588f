import { trimToPrecision } from "@subpoena-tracker/domain";
import type { DataSource } from "typeorm";
import type { PackageLicense } from "./dataset.entity";
import type { Dataset, RecordCounts } from "./dataset.types";

const PUBLISHER = "Subpoena Tracker";

/**
 * The dataset's description, version and coverage dates in one statement that reads no more than two batches (by the
 * issue-date index). Its record counts are read only when asked for (getRecordCounts): they scan every batch and event,
 * 1.4 s of database time at a million batches, and every visit to the dashboard asks for the dataset twice (the filter
 * bar's date range and the citation) without them (docs/performance.md, "Eighth session").
 */
export async function getDataset(dataSource: DataSource): Promise<Omit<Dataset, "counts">> {
  const [row]: {
    name: string | null;
    title: string | null;
    description: string | null;
    licenses: PackageLicense[] | null;
    version: number | null;
    updated_at: Date | null;
    coverage_from: string | null;
    coverage_from_precision: "year" | "month" | "day" | null;
    coverage_to: string | null;
    coverage_to_precision: "year" | "month" | "day" | null;
  }[] = await dataSource.query(`
    SELECT d.name, d.title, d.description, d.licenses, d.version, d.updated_at,
           first.issued_on AS coverage_from, first.issued_precision AS coverage_from_precision,
           last.issued_on AS coverage_to, last.issued_precision AS coverage_to_precision
      FROM (SELECT 1) one
      LEFT JOIN dataset d ON true
      LEFT JOIN LATERAL (SELECT issued_on, issued_precision FROM batches WHERE withdrawn_at IS NULL ORDER BY issued_on, id LIMIT 1) first ON true
      LEFT JOIN LATERAL (
        SELECT issued_on, issued_precision FROM batches WHERE withdrawn_at IS NULL ORDER BY issued_on DESC, id DESC LIMIT 1) last ON true`);
  const updatedAt = (row.updated_at ?? new Date(0)).toISOString();
  const title = row.title ?? "Subpoena Tracker";
  const version = row.version ?? 0;
  return {
    name: row.name ?? "empty",
    title,
    description: row.description,
    version,
    updatedAt,
    coverageFrom: row.coverage_from ? trimToPrecision(row.coverage_from, row.coverage_from_precision ?? "day") : null,
    coverageTo: row.coverage_to ? trimToPrecision(row.coverage_to, row.coverage_to_precision ?? "day") : null,
    licenses: (row.licenses ?? []).map((l) => ({ name: l.name, url: l.path ?? null, title: l.title ?? null })),
    downloadPath: `/api/v1/datapackage.zip?version=${version}`,
    citation: `${PUBLISHER}, "${title}", dataset version ${version} (updated ${updatedAt.slice(0, 10)}).`,
  };
}

/**
 * The last record counts read on each data source, with the dataset version they were read at (in the same
 * statement, so of the same data). Every change to the data moves the version, so counts kept for the version a
 * request has just read are that request's counts. A preview's data source is an object of its own per request.
 */
const countsByDataSource = new WeakMap<DataSource, { version: number; counts: RecordCounts }>();

/** How many records of each kind the dataset holds at `version` (the version the request read with the dataset). */
export async function getRecordCounts(dataSource: DataSource, version: number): Promise<RecordCounts> {
  const kept = countsByDataSource.get(dataSource);
  if (kept && kept.version === version) return kept.counts;
  const [row]: {
    version: number;
    subpoenas: number;
    batches: number;
    unknown_count_batches: number;
    jurisdictions: number;
    jurisdictions_with_batches: number;
    agencies: number;
    events: number;
    court_cases: number;
    policies: number;
    sources: number;
  }[] = await dataSource.query(`
    SELECT (SELECT coalesce(max(version), 0)::int FROM dataset) AS version,
           (SELECT coalesce(sum(subpoena_count), 0) FROM batches WHERE withdrawn_at IS NULL) AS subpoenas,
           (SELECT count(*) FROM batches WHERE withdrawn_at IS NULL) AS batches,
           (SELECT count(*) FROM batches WHERE subpoena_count IS NULL AND withdrawn_at IS NULL) AS unknown_count_batches,
           (SELECT count(*) FROM jurisdictions) AS jurisdictions,
           (SELECT count(DISTINCT jurisdiction_slug) FROM batches WHERE withdrawn_at IS NULL) AS jurisdictions_with_batches,
           (SELECT count(*) FROM agencies) AS agencies,
           (SELECT count(*) FROM events WHERE withdrawn_at IS NULL) AS events,
           (SELECT count(*) FROM court_cases) AS court_cases,
           (SELECT count(*) FROM policies) AS policies,
           (SELECT count(*) FROM sources) AS sources`);
  const counts: RecordCounts = {
    subpoenas: Number(row.subpoenas),
    batches: Number(row.batches),
    unknownCountBatches: Number(row.unknown_count_batches),
    jurisdictions: Number(row.jurisdictions),
    jurisdictionsWithBatches: Number(row.jurisdictions_with_batches),
    agencies: Number(row.agencies),
    events: Number(row.events),
    courtCases: Number(row.court_cases),
    policies: Number(row.policies),
    sources: Number(row.sources),
  };
  countsByDataSource.set(dataSource, { version: row.version, counts });
  return counts;
}
