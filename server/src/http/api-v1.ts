import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { stringify } from "csv-stringify/sync";
import { countsFileName } from "@subpoena-tracker/domain";
import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { ZipFile } from "yazl";
import type { ApiLimits, StreamLimits } from "../config";
import { currentPackageFiles, versionPackageFiles, type PackageFile } from "../import/exporter";
import type { Logger } from "../logger";
import { NotFoundError } from "../schema/errors";
import { pageBatchesWithSourceIds, type BatchRecord } from "../modules/batches/batch.service";
import { BatchOrder } from "../modules/batches/batch.types";
import { countSubpoenas } from "../modules/counts/counts.service";
import { CountDimension, type CountBucket } from "../modules/counts/counts.types";
import { getDatasetVersion, type DatasetVersion } from "../modules/dataset/dataset-version.service";
import { checkBuckets, estimateBuckets } from "../schema/cost/bucket-estimate";
import type { DatasetSizesCache } from "../schema/cost/dataset-sizes";
import { bucketPeriodPrecision } from "../modules/counts/count-bucket.resolver";
import { dataSourceFor, previewRelease } from "./preview";
import { answerIfFresh } from "./caching";
import { HttpError } from "./http-error";
import { methodNotAllowed } from "./methods";
import { Slots } from "./slots";
import type { WorkGate } from "./work-gate";
import { RECORD_TWINS, twinParameters } from "./records-twins";
import { parameterError, sendApiError, type Format } from "./api-errors";
import {
  BATCHES_PARAMETERS,
  COUNTS_PARAMETERS,
  parseBatchesQuery,
  parseCountsQuery,
  parseNoQuery,
  type CountsParameters,
} from "./query-params";

export interface ApiV1Options {
  dataSource: DataSource;
  limits: ApiLimits;
  streams: StreamLimits;
  logger: Logger;
  sizes: DatasetSizesCache;
  costlyWork: WorkGate;
}

/** Rows per statement while streaming every batch: memory stays flat whatever the size of the answer. */
const STREAM_CHUNK = 1000;

const CSV_TYPE = "text/csv; charset=utf-8; header=present";

// Enum values as GraphQL spells them, so the twins and GraphQL use one vocabulary.
const upper = (value: string | null): string | null => (value === null ? null : value.toUpperCase());

/**
 * GET /api/v1/...: the CSV and JSON twins of the GraphQL API for people who do not want GraphQL, and the whole
 * dataset as a data package. Same services, same filter rules, same numbers.
 */
export function createApiV1Router({ dataSource, limits, streams, logger, sizes, costlyWork }: ApiV1Options): Router {
  const router = express.Router();
  const streamSlots = new Slots(streams.maxConcurrent, "downloads");

  const read =
    (format: Format, handler: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        await handler(req, res);
      } catch (error) {
        sendApiError(res, format, error, logger);
      }
    };

  /** Checks freshness against the dataset version; true when the client's copy is current and 304 was sent. */
  const fresh = async (req: Request, res: Response): Promise<{ done: boolean; version: DatasetVersion }> => {
    const version = await getDatasetVersion(dataSourceFor(res, dataSource));
    return { done: answerIfFresh(req, res, version.version, limits.cacheMaxAgeSeconds), version };
  };

  const sendCounts = async (
    req: Request,
    res: Response,
    format: "csv" | "json",
    parameters: CountsParameters,
    version: DatasetVersion,
  ): Promise<void> => {
    const counts = await countSubpoenas(dataSourceFor(res, dataSource), parameters, {
      maxSpanYears: limits.maxSpanYears,
    });
    // A name that says what the numbers are, the same the dashboard's download links give.
    const fileName = countsFileName(new URL(req.originalUrl, "http://x").searchParams, format);
    res.setHeader("Content-Disposition", `inline; filename="${fileName}"`);
    if (format === "csv") {
      const rows = counts.buckets.map((b) => countRecord(b, parameters.groupBy));
      const header = countColumns(parameters.groupBy);
      res.type(CSV_TYPE);
      res.send(stringify([header, ...rows.map((r) => header.map((h) => r[h] ?? ""))], { record_delimiter: "\n" }));
    } else {
      res.json({
        dataset: version,
        query: describeCountsQuery(parameters),
        buckets: counts.buckets.map((b) => countRecord(b, parameters.groupBy)),
        total: countRecord(counts.total, []),
      });
    }
  };

  router.get(
    "/",
    read("json", async (req, res) => {
      parseNoQuery(req.query);
      res.json({
        description:
          "CSV and JSON twins of the GraphQL API at /graphql: the same filters and the same numbers. List parameters may be repeated or comma-separated; enum values are case-insensitive. See docs/api.md.",
        endpoints: {
          "/api/v1/counts.csv": COUNTS_PARAMETERS,
          "/api/v1/counts.json": COUNTS_PARAMETERS,
          "/api/v1/batches.csv": BATCHES_PARAMETERS,
          "/api/v1/batches.json": BATCHES_PARAMETERS,
          ...Object.fromEntries(
            RECORD_TWINS.flatMap((t) => [
              [`/api/v1/${t.path}.csv`, twinParameters(t)],
              [`/api/v1/${t.path}.json`, twinParameters(t)],
            ]),
          ),
          "/api/v1/datapackage.zip":
            "the whole dataset as a Frictionless data package; version=N gives exactly what dataset version N published",
        },
      });
    }),
  );

  for (const format of ["csv", "json"] as const) {
    router.get(
      `/counts.${format}`,
      read(format, async (req, res) => {
        const parameters = parseCountsQuery(req.query);
        const buckets = estimateBuckets(bucketQuestion(parameters), sizes.current);
        checkBuckets(buckets, limits.maxBuckets);
        const { done, version } = await fresh(req, res);
        if (done) return;
        // Large answers wait their turn (work-gate.ts), and give the place back once the file is handed over: the
        // compression and the sending happen off the event loop, and never wait on the client while holding it.
        const leave = buckets.buckets >= limits.costlyNodes ? await costlyWork.enter() : null;
        try {
          await sendCounts(req, res, format, parameters, version);
        } finally {
          if (leave) setImmediate(leave);
        }
      }),
    );

    router.get(
      `/batches.${format}`,
      read(format, async (req, res) => {
        const { criteria, orderBy } = parseBatchesQuery(req.query);
        const release = streamSlots.take();
        try {
          const preview = previewRelease(res);
          if (preview) {
            await sendPreviewBatches(
              preview,
              dataSourceFor(res, dataSource),
              req,
              res,
              format,
              criteria,
              orderBy,
              limits,
              streams.writeTimeoutMs,
            );
          } else {
            await streamBatches(dataSource, req, res, format, criteria, orderBy, limits, streams.writeTimeoutMs);
          }
        } finally {
          release();
        }
      }),
    );
  }

  let cachedZip: { version: number; zip: Promise<Buffer> } | null = null;
  router.get(
    "/datapackage.zip",
    read("zip", async (req, res) => {
      const wanted = parseVersionQuery(req.query);
      const { done, version } = await fresh(req, res);
      if (done) return;
      let zip: Buffer;
      if (wanted !== null && wanted !== version.version) {
        // An older version, exactly as it was published: rebuilt from the history (it never changes).
        const built = await buildVersionZip(dataSource, wanted, version.version);
        res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        zip = built;
      } else {
        if (cachedZip?.version !== version.version) {
          const entry = { version: version.version, zip: buildDataPackageZip(dataSource, version) };
          cachedZip = entry;
          // Forget a failed build, unless a newer version's build has taken its place meanwhile.
          entry.zip.catch(() => {
            if (cachedZip === entry) cachedZip = null;
          });
        }
        zip = await cachedZip.zip;
      }
      res.type("application/zip");
      res.setHeader(
        "Content-Disposition",
        `attachment; filename="subpoena-tracker-data-v${wanted ?? version.version}.zip"`,
      );
      res.send(zip);
    }),
  );

  router.all(
    [
      "/",
      "/counts.csv",
      "/counts.json",
      "/batches.csv",
      "/batches.json",
      "/datapackage.zip",
      ...RECORD_TWINS.flatMap((t) => [`/${t.path}.csv`, `/${t.path}.json`]),
    ],
    methodNotAllowed(["GET", "HEAD"]),
  );
  router.use((req, _res, next) => {
    next(
      new HttpError(
        404,
        "NOT_FOUND",
        `No endpoint ${req.baseUrl}${req.path}. GET /api/v1/ lists the endpoints and their parameters.`,
      ),
    );
  });
  return router;
}

// ---- Counts ----

const DIMENSION_COLUMNS: Record<CountDimension, string[]> = {
  [CountDimension.PERIOD]: ["period", "periodPrecision", "periodStart", "periodEnd"],
  [CountDimension.JURISDICTION]: ["jurisdiction", "jurisdictionName"],
  [CountDimension.STATE]: ["state"],
  [CountDimension.OUTCOME]: ["outcome"],
  [CountDimension.AGENCY_KIND]: ["agencyKind"],
  [CountDimension.ISSUING_COMPONENT]: ["issuingComponent"],
  [CountDimension.OFFENSE_CATEGORY]: ["offenseCategory"],
};
const MEASURES = ["subpoenas", "batches", "unknownCountBatches", "inexactCountBatches"];

function countColumns(groupBy: CountDimension[]): string[] {
  return [...groupBy.flatMap((d) => DIMENSION_COLUMNS[d]), ...MEASURES];
}

/** A bucket as a flat record: the keys it was grouped by, in groupBy order, then the measures. */
function countRecord(b: CountBucket, groupBy: CountDimension[]): Record<string, string | number | null> {
  const keys: Record<string, string | number | null> = {
    period: b.period,
    periodPrecision: bucketPeriodPrecision(b),
    periodStart: b.periodStart,
    periodEnd: b.periodEnd,
    jurisdiction: b.jurisdiction?.slug ?? null,
    jurisdictionName: b.jurisdiction?.name ?? null,
    state: b.state,
    outcome: b.outcome,
    agencyKind: upper(b.agencyKind),
    issuingComponent: b.issuingComponent,
    offenseCategory: upper(b.offenseCategory),
  };
  const record: Record<string, string | number | null> = {};
  for (const column of groupBy.flatMap((d) => DIMENSION_COLUMNS[d])) record[column] = keys[column];
  record.subpoenas = b.subpoenas;
  record.batches = b.batches;
  record.unknownCountBatches = b.unknownCountBatches;
  record.inexactCountBatches = b.inexactCountBatches;
  return record;
}

function bucketQuestion(p: CountsParameters) {
  const c = p.criteria;
  return { groupBy: p.groupBy, interval: p.interval, ...c };
}

function describeCountsQuery(p: CountsParameters) {
  const c = p.criteria;
  return {
    groupBy: p.groupBy,
    interval: p.interval,
    fillEmptyPeriods: p.fillEmptyPeriods,
    filter: {
      jurisdictions: c.jurisdictions,
      excludeJurisdictions: c.excludeJurisdictions,
      agencies: c.agencies,
      agencyJurisdictions: c.agencyJurisdictions,
      states: c.states,
      outcomes: c.outcomes,
      issuedFrom: c.issuedFrom,
      issuedTo: c.issuedTo,
      agencyKinds: c.agencyKinds?.map((k) => k.toUpperCase()) ?? null,
      issuingComponents: c.issuingComponents,
      offenseCategories: c.offenseCategories?.map((k) => k.toUpperCase()) ?? null,
    },
  };
}

// ---- Batches ----

const BATCH_CSV_COLUMNS = [
  "id",
  "issuedOn",
  "issuedPrecision",
  "jurisdiction",
  "jurisdictionName",
  "state",
  "agencies",
  "agencyKinds",
  "issuingComponent",
  "subpoenaCount",
  "countPrecision",
  "offenseCategories",
  "outcomes",
  "subjectsSummary",
  "subjectsInCustody",
  "subjectsReleased",
  "notes",
  "sourceIds",
];

function batchJson(b: BatchRecord, sourceIds: string[]) {
  return {
    id: b.id,
    issuedOn: b.issuedOn,
    issuedPrecision: upper(b.issuedPrecision),
    jurisdiction: { slug: b.jurisdiction.slug, name: b.jurisdiction.name, state: b.jurisdiction.state },
    agencies: b.agencies.map((a) => ({ slug: a.slug, name: a.name, kind: upper(a.kind) })),
    issuingComponent: b.issuingComponent,
    subpoenaCount: b.subpoenaCount,
    countPrecision: upper(b.countPrecision),
    offenseCategories: b.offenseCategories.map((c) => c.toUpperCase()),
    outcomes: b.outcomes,
    subjectsSummary: b.subjectsSummary,
    subjectsInCustody: b.subjectsInCustody,
    subjectsReleased: b.subjectsReleased,
    notes: b.notes,
    sourceIds,
  };
}

/** Lists join with ";" (the data package's own convention); an outcome part reads OUTCOME=n, or OUTCOME=unknown. */
function batchCsvRow(b: BatchRecord, sourceIds: string[]): (string | number | null)[] {
  return [
    b.id,
    b.issuedOn,
    upper(b.issuedPrecision),
    b.jurisdiction.slug,
    b.jurisdiction.name,
    b.jurisdiction.state,
    b.agencies.map((a) => a.slug).join(";"),
    b.agencies.map((a) => a.kind.toUpperCase()).join(";"),
    b.issuingComponent,
    b.subpoenaCount,
    upper(b.countPrecision),
    b.offenseCategories.map((c) => c.toUpperCase()).join(";"),
    b.outcomes.map((o) => `${o.outcome}=${o.subpoenas ?? "unknown"}`).join(";"),
    b.subjectsSummary,
    b.subjectsInCustody,
    b.subjectsReleased,
    b.notes,
    sourceIds.join(";"),
  ];
}

/**
 * Writes a piece of a download and waits until the client has taken it. A client that takes nothing for
 * writeTimeoutMs is cut off: a stalled reader must not hold memory or a stream slot for ever.
 */
export async function write(
  res: Pick<NodeJS.WritableStream, "write" | "on" | "off"> & { destroy(): unknown },
  text: string | Buffer,
  writeTimeoutMs: number,
): Promise<void> {
  if (res.write(text)) return;
  // Each wait removes its own listeners whichever way it ends: a download waits for "drain" thousands of times, and
  // listeners left behind by every wait would grow with the rows (events.once keeps its "close" and "error"
  // listeners until they fire).
  const outcome = await new Promise<"drain" | "closed" | "stalled">((resolve) => {
    const finish = (why: "drain" | "closed" | "stalled") => {
      clearTimeout(timer);
      res.off("drain", onDrain);
      res.off("close", onClose);
      res.off("error", onClose);
      resolve(why);
    };
    const onDrain = () => finish("drain");
    const onClose = () => finish("closed");
    const timer = setTimeout(() => finish("stalled"), writeTimeoutMs);
    res.on("drain", onDrain);
    res.on("close", onClose);
    res.on("error", onClose);
  });
  if (outcome === "stalled") res.destroy();
}

/**
 * Every matching batch, streamed in keyset chunks. Each chunk is one short statement on a pooled connection that is
 * given back at once: nothing (no transaction, no connection) is held while the client reads, so slow readers
 * cannot starve the pool. If the data changes during a download (an import), the answer is cut short rather than
 * mixing two versions: the client sees an incomplete file and downloads again.
 */
async function streamBatches(
  dataSource: DataSource,
  req: Request,
  res: Response,
  format: "csv" | "json",
  criteria: CountsParameters["criteria"],
  orderBy: BatchOrder,
  limits: ApiLimits,
  writeTimeoutMs: number,
  body: NodeJS.WritableStream & { destroy(): unknown } = res,
): Promise<void> {
  let gone = false;
  res.on("close", () => (gone = true));
  const version = await getDatasetVersion(dataSource);
  if (answerIfFresh(req, res, version.version, limits.cacheMaxAgeSeconds)) return;
  const chunkAfter = (after: string | null) =>
    pageBatchesWithSourceIds(
      dataSource,
      criteria,
      orderBy,
      { first: STREAM_CHUNK, after },
      STREAM_CHUNK,
      // Counted once, for the header, on the first chunk.
      { withTotal: after === null },
    );
  let page = await chunkAfter(null);
  res.setHeader("X-Total-Count", String(page.totalCount));
  const send = (text: string) => write(body, text, writeTimeoutMs);
  if (format === "csv") {
    res.type(CSV_TYPE).setHeader("Content-Disposition", `inline; filename="subpoena-batches.csv"`);
    await send(stringify([BATCH_CSV_COLUMNS], { record_delimiter: "\n" }));
  } else {
    res.type("application/json");
    await send(
      `{"dataset":${JSON.stringify(version)},"orderBy":${JSON.stringify(orderBy)},"totalCount":${page.totalCount},"batches":[`,
    );
  }
  let first = true;
  // Whether the client has taken a whole chunk yet: only then is the next chunk read while this one is written, so
  // that a client that never reads costs no statement beyond its first chunk.
  let reading = false;
  for (;;) {
    if (gone) return;
    const nodes = page.edges.map((e) => e.node);
    const { sourceIds } = page;
    const endCursor = page.pageInfo.endCursor;
    // The next chunk is read while this one is written: PostgreSQL and the client's reading overlap.
    let next = page.pageInfo.hasNextPage && reading && !gone ? chunkAfter(endCursor) : null;
    // If the client leaves before it is awaited, its failure (a pool closing) is nobody's to report.
    next?.catch(() => undefined);
    if (format === "csv") {
      await send(
        stringify(
          nodes.map((b, i) => batchCsvRow(b, sourceIds[i])),
          { record_delimiter: "\n" },
        ),
      );
    } else {
      const items = nodes.map((b, i) => JSON.stringify(batchJson(b, sourceIds[i])));
      if (items.length > 0) await send(`${first ? "\n" : ",\n"}${items.join(",\n")}`);
      first = false;
    }
    if (!page.pageInfo.hasNextPage || gone) break;
    reading = true;
    next ??= chunkAfter(endCursor);
    page = await next;
  }
  if (gone) return;
  if ((await getDatasetVersion(dataSource)).version !== version.version) {
    res.destroy();
    return;
  }
  if (format === "json") await send("\n]}\n");
  body.end();
}

/**
 * A staff preview of the batches download. The draft lives in a transaction (preview.ts) that must not stay open
 * while a client reads at its own pace (on the embedded database an open transaction stalls every other reader): the
 * file is written to a temporary file inside the transaction, at the database's pace, the transaction is rolled back,
 * and only then is the file sent, with the same write timeout as any download.
 */
async function sendPreviewBatches(
  releasePreview: () => Promise<void>,
  ...[dataSource, req, res, format, criteria, orderBy, limits, writeTimeoutMs]: Parameters<typeof streamBatches>
): Promise<void> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "st-preview-"));
  try {
    const file = path.join(dir, `batches.${format}`);
    const spool = fs.createWriteStream(file);
    try {
      await streamBatches(dataSource, req, res, format, criteria, orderBy, limits, writeTimeoutMs, spool);
    } finally {
      if (!spool.writableEnded) spool.destroy();
    }
    if (res.destroyed || !spool.writableEnded) return;
    await finished(spool);
    await releasePreview();
    for await (const chunk of fs.createReadStream(file)) {
      if (res.destroyed) return;
      await write(res, chunk as Buffer, writeTimeoutMs);
    }
    res.end();
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

// ---- The data package ----

/** Exports the dataset with the importer's own exporter (the interchange format) and zips the folder. */
async function buildDataPackageZip(dataSource: DataSource, version: DatasetVersion): Promise<Buffer> {
  // One snapshot for every file, so the package is consistent even while edits land.
  const files = await dataSource.transaction("REPEATABLE READ", (manager) => currentPackageFiles(manager));
  return zipFiles(files, new Date(version.updatedAt));
}

/** Dataset version `version` as it was published, or a 404 saying which versions can be had. */
async function buildVersionZip(dataSource: DataSource, version: number, current: number): Promise<Buffer> {
  const files = await dataSource.transaction("REPEATABLE READ", (manager) => versionPackageFiles(manager, version));
  const [published]: { published_at: Date }[] = await dataSource.query(
    `SELECT published_at FROM changesets WHERE status = 'published' AND dataset_version = $1`,
    [version],
  );
  if (!files || !published) {
    throw new NotFoundError(
      `Version ${version} of the dataset cannot be rebuilt: the current version is ${current}, and versions are kept from the first one published with history (see /graphql { changes { nodes { version } } }).`,
    );
  }
  // The time stamp the live download of that version carried (the version's publication), so the bytes match.
  return zipFiles(files, published.published_at);
}

/** A zip with a fixed time stamp and datapackage.json first: the same data gives byte-identical zips. */
async function zipFiles(files: PackageFile[], mtime: Date): Promise<Buffer> {
  const zip = new ZipFile();
  const ordered = [...files].sort((a, b) =>
    a.file === "datapackage.json" ? -1 : b.file === "datapackage.json" ? 1 : a.file < b.file ? -1 : 1,
  );
  for (const f of ordered) zip.addBuffer(Buffer.from(f.content, "utf8"), f.file, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `?version=N` (optional): a whole number of at least 1. */
function parseVersionQuery(query: Request["query"]): number | null {
  const { version, ...rest } = query;
  parseNoQuery(rest);
  if (version === undefined) return null;
  const n = Number(version);
  if (typeof version !== "string" || !/^\d+$/.test(version) || !Number.isSafeInteger(n) || n < 1) {
    throw parameterError(
      `Parameter "version" must be a dataset version number such as 3, got "${String(version)}".`,
      "version",
    );
  }
  return n;
}
