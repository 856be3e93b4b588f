import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "../src/modules/shared/queryable";
import { DatasetSizesCache } from "../src/schema/cost/dataset-sizes";
import { startTestServer, type TestServer } from "./helpers/server";

/**
 * The request-cost estimates read the dataset's sizes from a cache refreshed in the background. Reading them scans
 * every batch and event (13 s of database time at a million batches), so a refresh reads them again only when the
 * dataset version has moved; before, every half minute's refresh re-ran the scan on an unchanged dataset.
 */
describe("the dataset sizes behind the cost estimates", () => {
  let server: TestServer;
  let statements: string[];
  let recording: Queryable;

  beforeAll(async () => {
    server = await startTestServer();
    statements = [];
    const q = server.database.dataSource;
    recording = {
      query: <T>(text: string, params?: unknown[]) => {
        statements.push(text);
        return q.query(text, params) as Promise<T>;
      },
    };
  });
  afterAll(() => server?.close());

  it("reads the sizes once per dataset version, and again when a write moves it", async () => {
    const cache = new DatasetSizesCache(recording);
    await cache.refresh();
    const jurisdictions = cache.current.jurisdictions;
    expect(jurisdictions).toBeGreaterThan(0);
    const scans = () => statements.filter((s) => s.includes("jurisdictions_with_batches")).length;
    expect(scans()).toBe(1);

    await cache.refresh();
    await cache.refresh();
    expect(scans()).toBe(1);

    // A published write: a new jurisdiction, and the dataset version moves on.
    const q = server.database.dataSource;
    await q.query(
      `INSERT INTO jurisdictions (slug, name, kind, state) VALUES ('sizes-test-county', 'Sizes Test County', 'county', 'OR')`,
    );
    await q.query(`UPDATE dataset SET version = version + 1`);
    await cache.refresh();
    expect(scans()).toBe(2);
    expect(cache.current.jurisdictions).toBe(jurisdictions + 1);
  });
});
