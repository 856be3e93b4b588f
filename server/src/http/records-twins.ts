import { stringify } from "csv-stringify/sync";
import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import type { ApiLimits } from "../config";
import type { Logger } from "../logger";
import type { Agency } from "../modules/agencies/agency.types";
import type { CourtCase } from "../modules/court-cases/court-case.types";
import { getDatasetVersion } from "../modules/dataset/dataset-version.service";
import { allRecords, type RecordFilterValue, type RecordTableSpec } from "../modules/records/record-table";
import {
  AGENCY_TABLE,
  AgencyOrder,
  COURT_CASE_TABLE,
  CourtCaseOrder,
  SOURCE_TABLE,
  SourceOrder,
} from "../modules/records/record-tables";
import type { Source } from "../modules/sources/source.types";
import { sendApiError } from "./api-errors";
import { answerIfFresh } from "./caching";
import { dataSourceFor } from "./preview";
import { checkKnown, oneOf, single, values } from "./query-params";

const CSV_TYPE = "text/csv; charset=utf-8; header=present";

const upper = (value: string | null): string | null => (value === null ? null : value.toUpperCase());

/** A record table as a download: its address, its rows' columns, and its orders. */
interface TableTwin<Node> {
  path: string;
  spec: RecordTableSpec<Node>;
  orders: readonly string[];
  defaultOrder: string;
  /** CSV columns, and the keys of each JSON row. */
  columns: readonly string[];
  /** The row as a flat record. */
  record(node: Node): Record<string, string | number | null>;
}

function twin<Node>(t: TableTwin<Node>): TableTwin<unknown> {
  return t as TableTwin<unknown>;
}

// The judge is left out as on the site's pages: the court and case number find the record, and the site names no one.
export const RECORD_TWINS: TableTwin<unknown>[] = [
  twin<Source>({
    path: "sources",
    spec: SOURCE_TABLE,
    orders: Object.values(SourceOrder),
    defaultOrder: SourceOrder.PUBLISHED_ON_ASC,
    columns: ["id", "url", "publisher", "title", "publishedOn", "publishedPrecision", "kind", "reliability", "quote"],
    record: (s) => ({
      id: s.id,
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedOn: s.publishedOn,
      publishedPrecision: upper(s.publishedPrecision),
      kind: upper(s.kind),
      reliability: upper(s.reliability),
      quote: s.quote,
    }),
  }),
  twin<CourtCase>({
    path: "court-cases",
    spec: COURT_CASE_TABLE,
    orders: Object.values(CourtCaseOrder),
    defaultOrder: CourtCaseOrder.FILED_ON_ASC,
    columns: [
      "slug",
      "court",
      "caseNumber",
      "caption",
      "filedOn",
      "filedPrecision",
      "outcome",
      "decidedOn",
      "decidedPrecision",
      "citation",
    ],
    record: (c) => ({
      slug: c.slug,
      court: c.court,
      caseNumber: c.caseNumber,
      caption: c.caption,
      filedOn: c.filedOn,
      filedPrecision: upper(c.filedPrecision),
      outcome: upper(c.outcome),
      decidedOn: c.decidedOn,
      decidedPrecision: upper(c.decidedPrecision),
      citation: c.citation,
    }),
  }),
  twin<Agency>({
    path: "agencies",
    spec: AGENCY_TABLE,
    orders: Object.values(AgencyOrder),
    defaultOrder: AgencyOrder.NAME_ASC,
    columns: ["slug", "name", "kind", "jurisdiction"],
    record: (a) => ({ slug: a.slug, name: a.name, kind: upper(a.kind), jurisdiction: a.jurisdictionSlug }),
  }),
];

/** The parameters of a table's download: one per facet (repeat it or separate values with commas), and orderBy. */
export function twinParameters(t: TableTwin<unknown>): Record<string, string> {
  return {
    ...Object.fromEntries(
      t.spec.facets.map((f) => [f.field, `${f.description}${f.allowed ? ` One of ${f.allowed.join(", ")}.` : ""}`]),
    ),
    orderBy: `row order: ${t.orders.join(", ")} (default ${t.defaultOrder})`,
  };
}

function parseTwinQuery(
  t: TableTwin<unknown>,
  query: Request["query"],
): { filters: RecordFilterValue[]; order: string } {
  checkKnown(query, twinParameters(t));
  const filters = t.spec.facets
    .map((f) => ({ field: f.field, values: values(query, f.field) }))
    .filter((f) => f.values.length > 0);
  const order = single(query, "orderBy");
  return { filters, order: order === null ? t.defaultOrder : oneOf("orderBy", order, t.orders) };
}

/**
 * GET /api/v1/sources.csv, court-cases.csv, agencies.csv (and .json): each records browser table as a file, with the
 * browser's filters as query parameters and its orders. The whole selection, not one page, read in one snapshot.
 */
export function createRecordTwinsRouter({
  dataSource,
  limits,
  logger,
}: {
  dataSource: DataSource;
  limits: ApiLimits;
  logger: Logger;
}): Router {
  const router = express.Router();
  for (const t of RECORD_TWINS) {
    for (const format of ["csv", "json"] as const) {
      router.get(`/${t.path}.${format}`, async (req: Request, res: Response) => {
        try {
          const { filters, order } = parseTwinQuery(t, req.query);
          await sendTable(dataSourceFor(res, dataSource), req, res, t, format, filters, order, limits);
        } catch (error) {
          sendApiError(res, format, error, logger);
        }
      });
    }
  }
  return router;
}

async function sendTable(
  dataSource: DataSource,
  req: Request,
  res: Response,
  t: TableTwin<unknown>,
  format: "csv" | "json",
  filters: RecordFilterValue[],
  order: string,
  limits: ApiLimits,
): Promise<void> {
  await dataSource.transaction("REPEATABLE READ", async (q) => {
    const version = await getDatasetVersion(q);
    const rows: Record<string, string | number | null>[] = [];
    let total = 0;
    // Filter errors surface on the first chunk, before any header is set.
    for await (const chunk of allRecords(q, t.spec, filters, order)) {
      rows.push(...chunk.nodes.map(t.record));
      total = chunk.totalCount;
    }
    if (answerIfFresh(req, res, version.version, limits.cacheMaxAgeSeconds)) return;
    res.setHeader("X-Total-Count", String(total));
    if (format === "csv") {
      const header = t.columns;
      res.type(CSV_TYPE).setHeader("Content-Disposition", `inline; filename="subpoena-tracker-${t.path}.csv"`);
      res.send(stringify([header, ...rows.map((r) => header.map((h) => r[h] ?? ""))], { record_delimiter: "\n" }));
    } else {
      res.json({
        dataset: version,
        orderBy: order,
        filters: Object.fromEntries(filters.map((f) => [f.field, f.values])),
        totalCount: total,
        [camel(t.path)]: rows,
      });
    }
  });
}

const camel = (path: string) => path.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
