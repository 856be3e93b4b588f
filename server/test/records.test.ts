import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

type Json = Record<string, unknown>;

describe("records: batches, jurisdictions, agencies, policies, court cases, sources, timeline", () => {
  let server: TestServer;
  const query = async <T = Json>(q: string, variables?: Json): Promise<T> => {
    const res = await server.graphql<T>(q, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("gives a batch with everything a researcher needs to check it", async () => {
    const { batch } = await query<{ batch: Json }>(`{ batch(id: "2020-01-13-denver") {
      id issuedOn issuedPrecision issuedOnLabel subpoenaCount countPrecision countLabel issuingComponent offenseCategories
      subjectsInCustody subjectsReleased
      jurisdiction { slug state parent { slug } }
      agencies { slug kind jurisdiction { slug } }
      outcomes { outcome subpoenas }
      events { date datePrecision dateLabel status subpoenasAffected agency { slug } courtCase { slug } sources { id } }
      courtCases { slug caseNumber outcome decidedOn citation }
      policies { slug jurisdiction { slug } }
      sources { id reliability }
    } }`);
    expect(batch).toMatchObject({
      id: "2020-01-13-denver",
      issuedOn: "2020-01-13",
      issuedPrecision: "DAY",
      issuedOnLabel: "13 Jan 2020",
      subpoenaCount: 4,
      countPrecision: "EXACT",
      countLabel: "4",
      issuingComponent: "ERO",
      offenseCategories: ["HOMICIDE", "SEXUAL_OFFENSE", "DOMESTIC_VIOLENCE"],
      subjectsInCustody: 1,
      subjectsReleased: 3,
      jurisdiction: { slug: "denver-co", state: "CO", parent: { slug: "colorado" } },
      agencies: [{ slug: "denver-sheriff", kind: "SHERIFF", jurisdiction: { slug: "denver-co" } }],
      outcomes: [
        { outcome: "DECLINED", subpoenas: 1 },
        { outcome: "COURT_ORDERED", subpoenas: 3 },
      ],
      courtCases: [
        {
          slug: "ice-v-gomez-2020",
          caseNumber: "20-mc-00011-WJM-MEH",
          outcome: "ENFORCED_NARROWED",
          decidedOn: "2020-04-20",
          citation: "445 F. Supp. 3d 1213",
        },
      ],
      policies: [{ slug: "denver-cb17-940", jurisdiction: { slug: "denver-co" } }],
    });
    const events = batch.events as Json[];
    expect(events.map((e) => [e.date, e.status])).toEqual([
      ["2020-01-13", "ISSUED"],
      ["2020-01", "DECLINED"],
      ["2020-02-06", "ENFORCEMENT_PETITION_FILED"],
      ["2020-04-20", "COURT_ORDERED_COMPLIANCE"],
      ["2020", "APPEAL_DECLINED"],
    ]);
    expect(events[1]).toMatchObject({
      datePrecision: "MONTH",
      dateLabel: "Jan 2020",
      agency: { slug: "denver-sheriff" },
    });
    expect(events[2]).toMatchObject({ subpoenasAffected: 3, courtCase: { slug: "ice-v-gomez-2020" } });
    expect((batch.sources as Json[]).map((s) => s.id)).toEqual([
      "westword-2020-01-denver",
      "ap-2020-01-denver",
      "westword-2020-02-denver-doj",
      "townhall-2020-02-15",
    ]);
  });

  it("applies a state's sanctuary law to batches served in its counties", async () => {
    const { batch } = await query<{ batch: { policies: { slug: string }[] } }>(
      `{ batch(id: "2020-02-18-washington-county-or") { policies { slug } } }`,
    );
    expect(batch.policies.map((p) => p.slug)).toEqual(["or-sanctuary-1987"]);
  });

  it("lists jurisdictions and nests them", async () => {
    const data = await query<{ jurisdictions: Json[]; oregon: Json; counties: Json[] }>(`{
      jurisdictions { slug }
      oregon: jurisdiction(slug: "oregon") { name kind state parent { slug } children { slug } agencies { slug } policies { slug } }
      counties: jurisdictions(kinds: [COUNTY], states: ["or"]) { slug }
    }`);
    expect(data.jurisdictions).toHaveLength(15);
    expect(data.oregon).toEqual({
      name: "Oregon",
      kind: "STATE",
      state: "OR",
      parent: null,
      children: [
        { slug: "clackamas-county-or" },
        { slug: "marion-county-or" },
        { slug: "multnomah-county-or" },
        { slug: "wasco-county-or" },
        { slug: "washington-county-or" },
      ],
      agencies: [{ slug: "oregon-state-police" }],
      policies: [{ slug: "or-sanctuary-1987" }],
    });
    expect(data.counties.map((c) => c.slug)).toEqual([
      "washington-county-or",
      "wasco-county-or",
      "clackamas-county-or",
      "multnomah-county-or",
      "marion-county-or",
    ]);
  });

  it("answers a missing slug or id with NOT_FOUND and null", async () => {
    for (const q of [
      `{ jurisdiction(slug: "atlantis") { name } }`,
      `{ source(id: "nope") { url } }`,
      `{ courtCase(slug: "nope") { court } }`,
      `{ agencies(jurisdiction: "atlantis") { slug } }`,
      `{ policies(jurisdiction: "atlantis") { slug } }`,
    ]) {
      const res = await server.graphql(q);
      expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect(res.errors?.[0].message).toMatch(/No \w+/);
    }
  });

  it("lists agencies of a jurisdiction and everything inside it", async () => {
    const { agencies } = await query<{ agencies: { slug: string }[] }>(
      `{ agencies(jurisdiction: "washington-county-or") { slug } }`,
    );
    expect(agencies.map((a) => a.slug)).toEqual([
      "hillsboro-police",
      "washington-county-or-government",
      "washington-county-or-sheriff",
    ]);
    const { sheriffs } = await query<{ sheriffs: unknown[] }>(`{ sheriffs: agencies(kinds: [SHERIFF]) { slug } }`);
    expect(sheriffs).toHaveLength(6); // San Diego, Denver, Washington, Wasco, Clackamas and Marion counties
  });

  it("lists policies, court cases and sources with their own sources and batches", async () => {
    const data = await query<{
      policies: Json[];
      courtCases: Json[];
      sources: Json[];
      aggregators: Json[];
      source: Json;
    }>(`{
      policies(jurisdiction: "hillsboro-or") { slug enactedOn enactedPrecision }
      courtCases { slug filedOn batches { id } sources { id } }
      sources { id }
      aggregators: sources(reliabilities: [AGGREGATOR]) { id }
      source(id: "ice-2020-02-13-ct") { publisher publishedOn publishedPrecision kind reliability quote }
    }`);
    expect(data.policies).toEqual([{ slug: "or-sanctuary-1987", enactedOn: "1987", enactedPrecision: "YEAR" }]);
    expect(data.courtCases).toEqual([
      {
        slug: "ice-v-gomez-2020",
        filedOn: "2020-02-06",
        batches: [{ id: "2020-01-13-denver" }],
        sources: [
          { id: "westword-2020-02-denver-doj" },
          { id: "casetext-ice-v-gomez" },
          { id: "cbs-denver-2020-04-21" },
        ],
      },
      {
        slug: "edny-nyc-doc-2020",
        filedOn: "2020-02-03",
        batches: [{ id: "2020-01-17-nyc" }],
        sources: [{ id: "courthousenews-2020-02-03-nyc" }, { id: "amny-2020-02-nyc" }],
      },
      {
        slug: "moss-v-polis-2025",
        filedOn: "2025-06-04",
        batches: [{ id: "2025-04-24-colorado-cdle" }],
        sources: [
          { id: "krdo-2025-06-05" },
          { id: "denver7-2025-06-25" },
          { id: "denvergazette-2025-12-04" },
          { id: "coloradopolitics-2026-02-27" },
        ],
      },
      {
        slug: "marion-county-v-kotek-2025",
        filedOn: "2025-08-18",
        batches: [{ id: "2025-07-oregon-counties" }],
        sources: [
          { id: "salemreporter-2025-09-copy" },
          { id: "visaverge-2025-10-marion" },
          { id: "salemreporter-2026-02-23-dismissed" },
        ],
      },
      {
        slug: "d-or-hsi-subpoenas-oregon-counties-2025",
        filedOn: "2025-10-01",
        batches: [{ id: "2025-07-oregon-counties" }],
        sources: [
          { id: "particle-2025-10-oregon-petition" },
          { id: "dailytidings-2025-oregon-order" },
          { id: "salemreporter-2025-order-copy" },
        ],
      },
    ]);
    expect(data.sources).toHaveLength(63);
    // Copies and summaries to check against their originals (seed/sources.csv, reliability "aggregator").
    expect(data.aggregators.map((s) => s.id).sort()).toEqual(
      [
        "lever-2025-06-copy",
        "dhs-2025-05-capi-copy",
        "particle-2025-10-oregon-petition",
        "particle-2025-10-oregon-responses",
        "metroobserver-2025-10-oregon",
        "salemreporter-2025-09-copy",
        "salemreporter-2025-order-copy",
        "salemreporter-2026-02-23-complied",
        "salemreporter-2026-02-23-dismissed",
        "ct-public-act-19-20-copy",
        "ors-181a-820-copy",
        "denverpost-2025-06-copy-may",
        "denverpost-2025-06-copy-filed",
        "coloradosun-2025-10-copy",
        "pluralpolicy-ca-sb54",
      ].sort(),
    );
    expect(data.source).toMatchObject({
      publishedOn: "2020-02-13",
      publishedPrecision: "DAY",
      kind: "PRESS_RELEASE",
      reliability: "PRIMARY",
    });
  });

  it("tells a jurisdiction's story in date order, a coarse date after the days it may cover", async () => {
    const { timeline } = await query<{ timeline: { date: string; status: string; batch: { id: string } }[] }>(
      `{ timeline(filter: { jurisdictions: ["oregon"] }) { date status batch { id } } }`,
    );
    expect(timeline.map((e) => [e.date, e.status, e.batch.id])).toEqual([
      ["2020-02-18", "ISSUED", "2020-02-18-washington-county-or"],
      ["2020-02-21", "ISSUED", "2020-02-21-oregon"],
      ["2020-02", "COMPLIED", "2020-02-18-washington-county-or"],
      ["2020-03-06", "DECLINED", "2020-02-21-oregon"],
      ["2020-03-08", "DECLINED", "2020-02-21-oregon"],
      ["2020-03-08", "DECLINED", "2020-02-21-oregon"],
      ["2025-07", "ISSUED", "2025-07-oregon-counties"],
      ["2025-08-01", "SERVED", "2025-07-oregon-counties"],
      ["2025-08-18", "RECIPIENT_SUED", "2025-07-oregon-counties"],
      ["2025-10-01", "DECLINED", "2025-07-oregon-counties"],
      ["2025-10-01", "DECLINED", "2025-07-oregon-counties"],
      ["2025-10-01", "DECLINED", "2025-07-oregon-counties"],
      ["2025-10-01", "ENFORCEMENT_PETITION_FILED", "2025-07-oregon-counties"],
      ["2025", "COURT_ORDERED_COMPLIANCE", "2025-07-oregon-counties"],
      ["2025", "COMPLIED_AFTER_ORDER", "2025-07-oregon-counties"],
    ]);
    const limited = await server.graphql(`{ timeline(limit: 0) { date } }`);
    expect(limited.errors?.[0].message).toMatch(/limit must be between 1 and 1000/);
  });
});
