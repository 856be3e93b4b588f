// Where jurisdictions sit on the map: the optional county_fips column of jurisdictions.csv, through the importer, the
// exporter and the API.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportPackage } from "../src/import/exporter";
import { importPackage } from "../src/import/importer";
import { importProblems } from "./helpers/import";
import { copySeed, edit } from "./helpers/packages";
import { openTestDatabase, SEED_DIR, startTestServer, type TestServer } from "./helpers/server";

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

describe("county_fips in data packages", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it("refuses a malformed code, a code on a state and a county of another state, by line and field", async () => {
    const dir = copySeed();
    edit(
      dir,
      "jurisdictions.csv",
      "wasco-county-or,Wasco County,county,OR,oregon,41065",
      "wasco-county-or,Wasco County,county,OR,oregon,4106",
    );
    edit(dir, "jurisdictions.csv", "oregon,Oregon,state,OR,,", "oregon,Oregon,state,OR,,41000");
    edit(
      dir,
      "jurisdictions.csv",
      "clackamas-county-or,Clackamas County,county,OR,oregon,41005",
      "clackamas-county-or,Clackamas County,county,OR,oregon,06073",
    );
    expect(await importProblems(db.dataSource, dir)).toEqual([
      "jurisdictions.csv:9: county_fips: a state is placed by its state code: leave county_fips empty",
      'jurisdictions.csv:12: county_fips: "4106" is not a five-digit county FIPS code such as 41065',
      'jurisdictions.csv:13: county_fips: "06073" is not a county of OR: its counties\' codes start with 41',
    ]);
    const [{ count }] = await db.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM jurisdictions`,
    );
    expect(count).toBe(0);
  });

  it("loads a package made before the column existed, and exports the column back", async () => {
    const dir = copySeed();
    const file = path.join(dir, "jurisdictions.csv");
    const lines = fs.readFileSync(file, "utf8").trimEnd().split("\n");
    fs.writeFileSync(file, `${lines.map((line) => line.slice(0, line.lastIndexOf(","))).join("\n")}\n`);
    await importPackage(db.dataSource, dir);
    const stored = await db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM jurisdictions WHERE county_fips IS NOT NULL`,
    );
    expect(stored[0].n).toBe(0);

    await importPackage(db.dataSource, SEED_DIR);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "fips-export-"));
    await exportPackage(db.dataSource, out);
    const exported = fs.readFileSync(path.join(out, "jurisdictions.csv"), "utf8");
    expect(exported.split("\n")[0]).toBe("slug,name,kind,state,parent_slug,county_fips");
    expect(exported).toContain("wasco-county-or,Wasco County,county,OR,oregon,41065");
    expect(exported).toContain("oregon,Oregon,state,OR,,\n");
  });
});

describe("countyFips in the API", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("gives each place's county code, also on jurisdictions read through batches and counts", async () => {
    const res = await server.graphql<{
      jurisdiction: { countyFips: string | null };
      state: { countyFips: string | null };
      batch: { jurisdiction: { countyFips: string | null } };
      subpoenaCounts: { buckets: { jurisdiction: { slug: string; countyFips: string | null } }[] };
    }>(`{
      jurisdiction(slug: "hillsboro-or") { countyFips }
      state: jurisdiction(slug: "oregon") { countyFips }
      batch(id: "2020-01-13-denver") { jurisdiction { countyFips } }
      subpoenaCounts(groupBy: [JURISDICTION], filter: { jurisdictions: ["san-diego-county-ca"] }) {
        buckets { jurisdiction { slug countyFips } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      jurisdiction: { countyFips: "41067" },
      state: { countyFips: null },
      batch: { jurisdiction: { countyFips: "08031" } },
      subpoenaCounts: { buckets: [{ jurisdiction: { slug: "san-diego-county-ca", countyFips: "06073" } }] },
    });
  });
});
