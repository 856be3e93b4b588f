import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements, settled } from "./helpers/sql-counter";

/**
 * Filters by recipient agency (agencies, agencyJurisdictions) and the exclusion of jurisdictions, on the seed, through
 * every door: counts, batches and timeline in GraphQL, and the CSV/JSON twins. Oregon's statewide batch
 * (2020-02-21-oregon, 5 subpoenas) was served on the Hillsboro police, the Wasco County sheriff, the state police and
 * the Clackamas County sheriff; it is filed under Oregon, not under any of their places.
 */
const OREGON = "2020-02-21-oregon";
const WASHINGTON_COUNTY = "2020-02-18-washington-county-or";
/** The 2025 batch of ten, served on Multnomah, Washington and Clackamas counties and Marion County's sheriff; filed under Oregon. */
const OREGON_2025 = "2025-07-oregon-counties";

const QUERY = `query Filtered($filter: BatchFilter) {
  subpoenaCounts(filter: $filter, groupBy: []) { total { subpoenas batches } }
  batches(filter: $filter, first: 100) { totalCount nodes { id } }
  timeline(filter: $filter) { batch { id } }
}`;

interface Answer {
  subpoenaCounts: { total: { subpoenas: number; batches: number } };
  batches: { totalCount: number; nodes: { id: string }[] };
  timeline: { batch: { id: string } }[];
}

const csv = (text: string): Record<string, string>[] => parse(text, { columns: true });

describe("filtering by recipient agency", () => {
  let server: TestServer;
  const answer = async (filter: Record<string, unknown>) => {
    const res = await server.graphql<Answer>(QUERY, { filter });
    expect(res.errors).toBeUndefined();
    const { subpoenaCounts, batches, timeline } = res.data!;
    const ids = batches.nodes.map((n) => n.id);
    expect(batches.totalCount).toBe(ids.length);
    expect(subpoenaCounts.total.batches).toBe(ids.length);
    // The timeline holds the events of exactly the same batches.
    expect([...new Set(timeline.map((e) => e.batch.id))].sort()).toEqual([...ids].sort());
    return { ids, subpoenas: subpoenaCounts.total.subpoenas };
  };
  const refused = async (filter: Record<string, unknown>) => {
    const res = await server.graphql(QUERY, { filter });
    expect(res.errors).toBeDefined();
    return res.errors![0];
  };
  const get = (pathAndQuery: string) => fetch(`${server.url}/api/v1/${pathAndQuery}`);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  describe("in GraphQL", () => {
    it("agencies: the batches served on any of them, wherever they are filed", async () => {
      expect(await answer({ agencies: ["wasco-county-sheriff"] })).toEqual({ ids: [OREGON], subpoenas: 5 });
      expect(await answer({ agencies: ["washington-county-or-sheriff", "hillsboro-police"] })).toEqual({
        ids: [WASHINGTON_COUNTY, OREGON],
        subpoenas: 7,
      });
    });

    it("agencies combine with the other filters by AND", async () => {
      expect((await answer({ agencies: ["wasco-county-sheriff"], jurisdictions: ["denver-co"] })).ids).toEqual([]);
      expect((await answer({ agencies: ["wasco-county-sheriff"], states: ["OR"], issuedTo: "2020-02" })).ids).toEqual([
        OREGON,
      ]);
    });

    it("agencyJurisdictions: by where the agencies are, at any depth (Hillsboro is inside Washington County)", async () => {
      expect((await answer({ agencyJurisdictions: ["washington-county-or"] })).ids).toEqual([
        WASHINGTON_COUNTY,
        OREGON,
        OREGON_2025,
      ]);
      expect((await answer({ agencyJurisdictions: ["wasco-county-or"] })).ids).toEqual([OREGON]);
      // Denver's sheriff is inside Colorado, and so is the state's labour department.
      expect((await answer({ agencyJurisdictions: ["colorado"] })).ids).toEqual([
        "2020-01-13-denver",
        "2025-04-24-colorado-cdle",
      ]);
    });

    it("excludeJurisdictions leaves out a place and everything inside it", async () => {
      expect((await answer({ excludeJurisdictions: ["oregon", "new-york"] })).ids).toEqual([
        "2020-01-13-denver",
        "2020-02-13-connecticut",
        "2020-02-14-san-diego",
        "2025-04-24-colorado-cdle",
        "2025-05-la-county-dpss",
      ]);
    });

    it("together: the batches that reached a place's agencies but are filed under a larger jurisdiction", async () => {
      const place = (slug: string) => answer({ agencyJurisdictions: [slug], excludeJurisdictions: [slug] });
      expect(await place("washington-county-or")).toEqual({ ids: [OREGON, OREGON_2025], subpoenas: 15 });
      expect((await place("hillsboro-or")).ids).toEqual([OREGON]);
      expect((await place("oregon")).ids).toEqual([]);
      expect((await place("denver-co")).ids).toEqual([]);
    });

    it("refuses an unknown slug, naming it and the argument, rather than answering nothing", async () => {
      const agency = await refused({ agencies: ["wasco-county-sherif", "denver-sheriff"] });
      expect(agency.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "agencies" });
      expect(agency.message).toBe(
        'agencies: no agency has slug "wasco-county-sherif". The agencies query lists every slug (e.g. "wasco-county-sheriff").',
      );
      for (const argument of ["agencyJurisdictions", "excludeJurisdictions"]) {
        const e = await refused({ [argument]: ["wasco-county"] });
        expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
        expect(e.message).toMatch(new RegExp(`^${argument}: no jurisdiction has slug "wasco-county"`));
      }
    });

    it("refuses a value that is not a slug", async () => {
      const e = await refused({ agencies: ["Wasco County Sheriff"] });
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("keeps counts at one statement (after the cache's version check) and a page of batches at one", async () => {
      // The refusals above can leave their other fields' statements still to start.
      await settled(server.database.dataSource);
      const counter = countStatements(server.database.dataSource);
      try {
        const filter = {
          agencies: ["wasco-county-sheriff", "denver-sheriff"],
          agencyJurisdictions: ["oregon"],
          excludeJurisdictions: ["washington-county-or"],
          jurisdictions: ["oregon"],
        };
        const counts = await server.graphql(
          `query($f: BatchFilter) { subpoenaCounts(filter: $f, groupBy: [AGENCY_KIND]) { total { subpoenas } } }`,
          { f: filter },
        );
        expect(counts.errors).toBeUndefined();
        expect(counter.statements, counter.statements.join("\n---\n")).toHaveLength(2);
        counter.reset();
        const page = await server.graphql(
          `query($f: BatchFilter) { batches(filter: $f) { totalCount nodes { id } } }`,
          {
            f: filter,
          },
        );
        expect(page.errors).toBeUndefined();
        expect(counter.statements, counter.statements.join("\n---\n")).toHaveLength(1);
      } finally {
        counter.restore();
      }
    });
  });

  describe("in the CSV/JSON twins", () => {
    it("agency gives GraphQL's answer, repeated or comma-separated", async () => {
      const counts = (await (await get("counts.json?agency=wasco-county-sheriff")).json()) as {
        total: { subpoenas: number; batches: number };
        query: { filter: Record<string, unknown> };
      };
      expect(counts.total).toMatchObject({ subpoenas: 5, batches: 1 });
      expect(counts.query.filter).toMatchObject({ agencies: ["wasco-county-sheriff"] });

      for (const query of [
        "agency=washington-county-or-sheriff,hillsboro-police",
        "agency=washington-county-or-sheriff&agency=hillsboro-police",
      ]) {
        const res = await get(`batches.csv?${query}`);
        expect(res.status).toBe(200);
        expect(csv(await res.text()).map((r) => r.id)).toEqual([WASHINGTON_COUNTY, OREGON]);
      }
    });

    it("agencyJurisdiction and excludeJurisdiction give the jurisdiction page's list", async () => {
      const res = await get("batches.json?agencyJurisdiction=wasco-county-or&excludeJurisdiction=wasco-county-or");
      const body = (await res.json()) as { totalCount: number; batches: { id: string }[] };
      expect(body.batches.map((b) => b.id)).toEqual([OREGON]);
      expect(body.totalCount).toBe(1);
    });

    it("refuses an unknown agency with 400, naming the parameter and the slug", async () => {
      const json = await get("counts.json?agency=wasco-county-sherif");
      expect(json.status).toBe(400);
      expect(((await json.json()) as { error: Record<string, unknown> }).error).toMatchObject({
        code: "BAD_USER_INPUT",
        parameter: "agency",
        message: expect.stringContaining('Parameter "agency": no agency has slug "wasco-county-sherif"'),
      });
      const text = await get("batches.csv?excludeJurisdiction=oregn");
      expect(text.status).toBe(400);
      expect(await text.text()).toMatch(/Parameter "excludeJurisdiction": no jurisdiction has slug "oregn"/);
      const malformed = await get("batches.csv?agency=Wasco%20Sheriff");
      expect(malformed.status).toBe(400);
      expect(await malformed.text()).toMatch(/Parameter "agency": "Wasco Sheriff" is not a slug/);
    });

    it("points agencies= at agency", async () => {
      const res = await get("counts.json?agencies=wasco-county-sheriff");
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Did you mean "agency"\?/);
    });
  });
});
