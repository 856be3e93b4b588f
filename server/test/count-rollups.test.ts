import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackage } from "../src/import/importer";
import { toCriteria } from "../src/modules/batches/batch-criteria";
import type { BatchFilterValues } from "../src/modules/batches/dto/batch-filter.input";
import { countsStatement, rollupsCanAnswer, type CountsQuery } from "../src/modules/counts/counts.sql";
import { CountDimension, Interval } from "../src/modules/counts/counts.types";
import { synthesizePackage } from "../src/synth/synth";
import { startTestServer, type TestServer } from "./helpers/server";

const DIMENSIONS = [
  CountDimension.PERIOD,
  CountDimension.JURISDICTION,
  CountDimension.STATE,
  CountDimension.OUTCOME,
  CountDimension.ISSUING_COMPONENT,
];
const combinations = DIMENSIONS.reduce<CountDimension[][]>((all, d) => [...all, ...all.map((c) => [...c, d])], [[]]);

/** Rewrites a CSV file line by line (the synthetic package quotes nothing in the columns edited here). */
function editCsv(file: string, edit: (fields: string[], line: number) => string[] | null): void {
  const [header, ...lines] = fs.readFileSync(file, "utf8").trimEnd().split("\n");
  const edited = lines.flatMap((l, i) => {
    const out = edit(l.split(","), i + 2);
    return out ? [out.join(",")] : [];
  });
  fs.writeFileSync(file, [header, ...edited].join("\n") + "\n");
}

describe("count rollups answer exactly what the base tables answer", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-rollups-"));
  let server: TestServer;
  let filters: Record<string, BatchFilterValues>;

  beforeAll(async () => {
    await synthesizePackage(folder, { batches: 300, seed: 9, from: "2019-01-01", to: "2021-06-30" });
    server = await startTestServer({ seedDir: folder });
    // A second import that changes stored batches: components, counts, and new events that move outcomes.
    const batches = path.join(folder, "batches.csv");
    const header = fs.readFileSync(batches, "utf8").split("\n")[0].split(",");
    const at = (name: string) => header.indexOf(name);
    const moved: string[] = [];
    editCsv(batches, (f, line) => {
      if (line % 7 === 0) f[at("issuing_component")] = f[at("issuing_component")] === "HSI" ? "ERO" : "HSI";
      if (line % 11 === 0 && f[at("count_precision")] === "exact")
        f[at("subpoena_count")] = String(Number(f[at("subpoena_count")]) + 2);
      if (line % 5 === 0) moved.push(f[at("id")]);
      return f;
    });
    fs.appendFileSync(
      path.join(folder, "events.csv"),
      moved.map((id) => `${id},2021-12-31,withdrawn,,,,,news-0\n`).join(""),
    );
    const report = await importPackage(server.database.dataSource, folder);
    expect(report.changed.batches).toBeGreaterThan(0);
    expect(report.added.events).toBe(moved.length);

    const [place] = await server.database.dataSource.query(
      `SELECT j.slug, j.state FROM batches b JOIN jurisdictions j ON j.slug = b.jurisdiction_slug
        GROUP BY j.slug, j.state ORDER BY count(*) DESC, j.slug LIMIT 1`,
    );
    const [state] = await server.database.dataSource.query(
      `SELECT slug FROM jurisdictions WHERE kind = 'state' ORDER BY slug LIMIT 1`,
    );
    filters = {
      none: {},
      "a year": { issuedFrom: "2020", issuedTo: "2020" },
      "months across years": { issuedFrom: "2019-11", issuedTo: "2020-02" },
      "a state code": { states: [place.state] },
      "a place with all inside it": { jurisdictions: [state.slug] },
      "leaving a place out": { excludeJurisdictions: [place.slug] },
      "one outcome": { outcomes: ["DECLINED"] },
      "a component and a year": { issuingComponents: ["HSI"], issuedFrom: "2020", issuedTo: "2020" },
    };
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("keeps the rollup tables equal to a fresh aggregate of the base tables after every write", async () => {
    const q = server.database.dataSource;
    const stored = await q.query(
      `SELECT issued_on::text, issued_precision, jurisdiction_slug, issuing_component, batches, subpoenas::int,
              unknown_batches, inexact_batches
         FROM count_rollup_batches WHERE batches <> 0 ORDER BY 1, 2, 3, 4`,
    );
    const fresh = await q.query(
      `SELECT date_trunc('month', issued_on)::date::text AS issued_on,
              CASE WHEN issued_precision = 'year' THEN 'year' ELSE 'month' END AS issued_precision, jurisdiction_slug,
              issuing_component, count(*)::int AS batches, sum(counted_subpoenas)::int AS subpoenas,
              count(*) FILTER (WHERE subpoena_count IS NULL)::int AS unknown_batches,
              count(*) FILTER (WHERE count_precision IN ('approximate', 'at_least'))::int AS inexact_batches
         FROM batches GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );
    expect(stored).toEqual(fresh);
    expect(stored.length).toBeGreaterThan(10);
  });

  for (const interval of [Interval.MONTH, Interval.QUARTER, Interval.YEAR]) {
    it(`gives every grouping and filter the base tables' answer, by ${interval}`, async () => {
      const q = server.database.dataSource;
      for (const [name, filter] of Object.entries(filters)) {
        for (const groupBy of combinations) {
          const query: CountsQuery = { criteria: toCriteria(filter), groupBy, interval, periodRange: true };
          expect(rollupsCanAnswer(query)).toBe(true);
          const answer = async (rollups: boolean) => {
            const { sql, values } = countsStatement(query, rollups);
            const rows: Record<string, unknown>[] = await q.query(sql, values);
            // The period range and unknown slugs are read from the total row only.
            const read = rows.map(({ first_period, last_period, unknown_slugs, ...r }) =>
              r.row_kind === "total" ? { ...r, first_period, last_period, unknown_slugs } : r,
            );
            return read.map((r) => JSON.stringify(r)).sort();
          };
          const base = await answer(false);
          expect({ name, groupBy, rows: await answer(true) }).toEqual({ name, groupBy, rows: base });
        }
      }
    });
  }

  it("leaves to the base tables what the rollups cannot tell: days, agencies, offense categories, several outcomes", () => {
    const cannot: BatchFilterValues[] = [
      { issuedFrom: "2020-01-15" },
      { issuedTo: "2020-03-01" },
      { agencyKinds: ["sheriff"] },
      { offenseCategories: ["drug"] },
      { outcomes: ["DECLINED", "PENDING"] },
    ];
    for (const filter of cannot) {
      const query = {
        criteria: toCriteria(filter),
        groupBy: [CountDimension.PERIOD],
        interval: Interval.MONTH,
        periodRange: false,
      };
      expect({ filter, rollups: rollupsCanAnswer(query) }).toEqual({ filter, rollups: false });
    }
    const byKind = {
      criteria: toCriteria({}),
      groupBy: [CountDimension.AGENCY_KIND],
      interval: Interval.MONTH,
      periodRange: false,
    };
    expect(rollupsCanAnswer(byKind)).toBe(false);
  });
});
