import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

describe("the dataset query on the seed", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("counts 34 subpoenas in 9 batches, with coverage dates at their own precision", async () => {
    const res = await server.graphql<{ dataset: Record<string, unknown> }>(
      `{ dataset { version coverageFrom coverageTo licenses { name } counts { subpoenas batches unknownCountBatches jurisdictionsWithBatches events sources } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.dataset).toMatchObject({
      version: 1,
      coverageFrom: "2020-01-13",
      coverageTo: "2025-07", // the Oregon counties' batch, dated only to the month
      licenses: [{ name: "CC-BY-4.0" }],
      counts: {
        subpoenas: 34,
        batches: 9,
        unknownCountBatches: 0,
        jurisdictionsWithBatches: 8, // the six of 2020, Colorado and Los Angeles County
        events: 32,
        sources: 63,
      },
    });
  });

  it("serves a liveness check", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
