import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesizePackage } from "../src/synth/synth";
import { startTestServer, type TestServer } from "./helpers/server";

// Issue 12: "the default over-time embed answers 400 once the data spans more than ten years".
describe("an over-time embed over data that spans more than ten years", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "synth-span-"));
  let server: TestServer;
  beforeAll(async () => {
    await synthesizePackage(folder, { batches: 200, seed: 3, from: "2012-01-01", to: "2025-12-31" });
    server = await startTestServer({ seedDir: folder });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("draws by quarter when no interval was chosen, rather than refusing", async () => {
    for (const suffix of [".svg"]) {
      const res = await fetch(`${server.url}/embed/subpoenas-over-time${suffix}`);
      expect({ suffix, status: res.status }).toEqual({ suffix, status: 200 });
      const body = await res.text();
      expect(body).toMatch(/20\d\d-Q[1-4]|Q[1-4] 20\d\d/);
    }
  });

  it("still refuses months asked for explicitly, saying how to fix it", async () => {
    const res = await fetch(`${server.url}/embed/subpoenas-over-time.svg?interval=month`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/interval=quarter or year/);
  });
});
