import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPackage } from "../src/import/importer";
import { readCsv } from "../src/import/csv";
import { synthesizePackage, type SynthReport } from "../src/synth/synth";
import { openTestDatabase } from "./helpers/server";

const BATCHES = 400;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-"));
const again = fs.mkdtempSync(path.join(os.tmpdir(), "synth-again-"));

const filesOf = (dir: string) =>
  Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));

describe("pnpm data:synth", () => {
  let report: SynthReport;
  beforeAll(async () => {
    report = await synthesizePackage(folder, { batches: BATCHES, seed: 11 });
  });
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(again, { recursive: true, force: true });
  });

  it("writes the same bytes for the same seed, and other bytes for another", async () => {
    await synthesizePackage(again, { batches: BATCHES, seed: 11 });
    expect(filesOf(again)).toEqual(filesOf(folder));
    await synthesizePackage(again, { batches: BATCHES, seed: 12 });
    expect(filesOf(again)["batches.csv"]).not.toEqual(filesOf(folder)["batches.csv"]);
  });

  it("has the shapes that make counting hard: partial dates, unknown counts, several agencies, shared sources", () => {
    const batches = readCsv(path.join(folder, "batches.csv")).rows.map((r) => r.values);
    const events = readCsv(path.join(folder, "events.csv")).rows.map((r) => r.values);
    expect(batches).toHaveLength(BATCHES);
    expect(batches.filter((b) => /^\d{4}$/.test(b.issued_on)).length).toBeGreaterThan(0);
    expect(batches.filter((b) => /^\d{4}-\d{2}$/.test(b.issued_on)).length).toBeGreaterThan(0);
    const unknown = batches.filter((b) => b.count_precision === "unknown");
    expect(unknown.length / BATCHES).toBeGreaterThan(0.02);
    expect(unknown.length / BATCHES).toBeLessThan(0.1);
    expect(batches.some((b) => b.recipient_agency_slugs.includes(";"))).toBe(true);
    const citing = new Map<string, number>();
    for (const b of batches) for (const s of b.source_ids.split(";")) citing.set(s, (citing.get(s) ?? 0) + 1);
    expect(Math.max(...citing.values())).toBeGreaterThan(2);
    expect(events.some((e) => e.court_case_slug !== "" && e.subpoenas_affected !== "")).toBe(true);
    expect(report.events).toBeGreaterThan(BATCHES * 1.5);
  });

  it("imports cleanly: every row passes the importer", { timeout: 240_000 }, async () => {
    const db = await openTestDatabase();
    try {
      const imported = await importPackage(db.dataSource, folder);
      expect(imported.added).toEqual(report);
      const [{ n }] = await db.dataSource.query(`SELECT count(DISTINCT batch_id)::int AS n FROM batch_outcomes`);
      expect(n).toBe(BATCHES);
    } finally {
      await db.close();
    }
  });
});
