import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { startTestServer, type TestServer } from "./helpers/server";
import { call, makeStaff, signInCookie } from "./helpers/staff";

const DENVER = "2020-01-13-denver";
const REVISIONS = `query ($id: ID!) { revisions(record: { type: BATCH, id: $id }) {
  recordType recordId recordVersion datasetVersion publishedAt action reason note changes { field before after } } }`;
const CHANGES = `{ changes(first: 5) { totalCount nodes { version note kind downloadPath recordCount records { recordType recordId action reason } } } }`;

interface Revision {
  recordType: string;
  recordVersion: number;
  datasetVersion: number;
  action: string;
  reason: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

describe("public history: revisions, changes, the Atom feed, versioned downloads, error reports, preview", () => {
  let server: TestServer;
  let contributorCookie: string;
  let editorCookie: string;
  let zipV1: Buffer;
  let correctionVersion: number;
  beforeAll(async () => {
    server = await startTestServer({ editorial: { ...loadConfig({}).editorial, reportsPerHour: 3 } });
    contributorCookie = await signInCookie(server, await makeStaff(server, "contributor"));
    editorCookie = await signInCookie(server, await makeStaff(server, "editor"));
    zipV1 = Buffer.from(await (await fetch(`${server.url}/api/v1/datapackage.zip`)).arrayBuffer());
  });
  afterAll(() => server?.close());

  /** A draft correcting the Denver batch's custody count, by the contributor. */
  async function draftCorrection(inCustody: number, reason: string): Promise<string> {
    const cs = await call<{ createChangeset: { id: string } }>(
      server,
      `mutation { createChangeset { id } }`,
      {},
      {
        cookie: contributorCookie,
      },
    );
    const id = cs.body.data!.createChangeset.id;
    const [stored] = await server.database.dataSource.query(`SELECT version FROM batches WHERE id = $1`, [DENVER]);
    const saved = await call(
      server,
      `mutation ($cs: ID!, $input: BatchInput!, $base: Int, $reason: String) {
         saveBatch(changesetId: $cs, input: $input, baseVersion: $base, reason: $reason) { id } }`,
      {
        cs: id,
        base: stored.version,
        reason,
        input: {
          id: DENVER,
          issuedOn: "2020-01-13",
          jurisdictionSlug: "denver-co",
          recipientAgencySlugs: ["denver-sheriff"],
          issuingComponent: "ERO",
          subpoenaCount: 4,
          countPrecision: "EXACT",
          offenseCategories: ["HOMICIDE", "SEXUAL_OFFENSE", "DOMESTIC_VIOLENCE"],
          subjectsSummary:
            "Arrests for vehicular homicide, sexual assault and domestic violence; all four previously deported.",
          subjectsInCustody: inCustody,
          subjectsReleased: 3,
          notes:
            "Deadlines of 14 days for three subpoenas and 3 days for one. Townhall (15 Feb 2020) reported only 'several' subpoenas to Denver.",
          sourceIds: [
            "westword-2020-01-denver",
            "ap-2020-01-denver",
            "westword-2020-02-denver-doj",
            "townhall-2020-02-15",
          ],
        },
      },
      { cookie: contributorCookie },
    );
    expect(saved.body.errors).toBeUndefined();
    return id;
  }

  it("shows a record's history from the import on, with its events' own", async () => {
    const answer = await call<{ revisions: Revision[] }>(server, REVISIONS, { id: DENVER });
    const own = answer.body.data!.revisions.filter((r) => r.recordType === "BATCH");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ recordVersion: 1, datasetVersion: 1, action: "CREATE" });
    expect(own[0].reason).toMatch(/^Imported from the data package/);
    expect(answer.body.data!.revisions.some((r) => r.recordType === "EVENT")).toBe(true);
  });

  it("previews a draft for staff only, inside a transaction that is never committed", async () => {
    const cs = await draftCorrection(2, "Preview check");
    const query = `query ($id: ID!) { batch(id: $id) { subjectsInCustody } dataset { version } }`;
    const previewed = await call<{ batch: { subjectsInCustody: number }; dataset: { version: number } }>(
      server,
      query,
      { id: DENVER },
      { cookie: editorCookie, headers: { "x-preview-changeset": cs } },
    );
    expect(previewed.body.data).toEqual({ batch: { subjectsInCustody: 2 }, dataset: { version: 2 } });
    expect(previewed.headers.get("cache-control")).toBe("private, no-store");
    const anonymous = await call(server, query, { id: DENVER }, { headers: { "x-preview-changeset": cs } });
    expect(anonymous.status).toBe(401);
    const publicAnswer = await call<{ batch: { subjectsInCustody: number }; dataset: { version: number } }>(
      server,
      query,
      {
        id: DENVER,
      },
    );
    expect(publicAnswer.body.data).toEqual({ batch: { subjectsInCustody: 1 }, dataset: { version: 1 } });
    await call(
      server,
      `mutation ($id: ID!) { discardChangeset(id: $id) { status } }`,
      { id: cs },
      { cookie: editorCookie },
    );
  });

  it("shows a published correction in the record's history, in the changes and in the feed", async () => {
    const cs = await draftCorrection(2, "The sheriff's March statement says two were in custody.");
    const published = await call<{ publishChangeset: { datasetVersion: number } }>(
      server,
      `mutation ($id: ID!) { publishChangeset(id: $id, note: "Corrected Denver's custody count") { datasetVersion } }`,
      { id: cs },
      { cookie: editorCookie },
    );
    correctionVersion = published.body.data!.publishChangeset.datasetVersion;
    expect(correctionVersion).toBe(2);

    const history = (await call<{ revisions: Revision[] }>(server, REVISIONS, { id: DENVER })).body.data!.revisions;
    expect(history.at(-1)).toMatchObject({
      recordType: "BATCH",
      recordVersion: 2,
      datasetVersion: 2,
      action: "UPDATE",
      reason: "The sheriff's March statement says two were in custody.",
      changes: [{ field: "subjectsInCustody", before: "1", after: "2" }],
    });

    const changes = await call<{
      changes: { nodes: { version: number; note: string; downloadPath: string; records: unknown[] }[] };
    }>(server, CHANGES);
    expect(changes.body.data!.changes.nodes[0]).toEqual({
      version: 2,
      note: "Corrected Denver's custody count",
      kind: "EDIT",
      downloadPath: "/api/v1/datapackage.zip?version=2",
      recordCount: 1,
      records: [
        {
          recordType: "BATCH",
          recordId: DENVER,
          action: "UPDATE",
          reason: "The sheriff's March statement says two were in custody.",
        },
      ],
    });

    const feed = await fetch(`${server.url}/feeds/changes.atom`);
    expect(feed.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await feed.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    for (const element of ["title", "id", "updated", "author"]) expect(xml).toContain(`<${element}>`);
    expect(xml).toMatch(
      /<link rel="self" type="application\/atom\+xml" href="http:\/\/127\.0\.0\.1:\d+\/feeds\/changes\.atom"\/>/,
    );
    const entries = xml.split("<entry>").slice(1);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("<title>Version 2: Corrected Denver's custody count</title>");
    expect(entries[0]).toMatch(/<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/);
    expect(entries[0]).toContain("says two were in custody");
    for (const entry of entries) {
      for (const element of ["title", "id", "updated", "summary"]) expect(entry).toContain(`</${element}>`);
    }
  });

  it("gives back exactly what a version published, after later versions", async () => {
    const again = Buffer.from(await (await fetch(`${server.url}/api/v1/datapackage.zip?version=1`)).arrayBuffer());
    expect(again.equals(zipV1)).toBe(true);
    const live = Buffer.from(await (await fetch(`${server.url}/api/v1/datapackage.zip`)).arrayBuffer());
    const v2 = Buffer.from(
      await (await fetch(`${server.url}/api/v1/datapackage.zip?version=${correctionVersion}`)).arrayBuffer(),
    );
    expect(v2.equals(live)).toBe(true);
    expect(v2.equals(zipV1)).toBe(false);
    const missing = await fetch(`${server.url}/api/v1/datapackage.zip?version=99`);
    expect(missing.status).toBe(404);
    const bad = await fetch(`${server.url}/api/v1/datapackage.zip?version=latest`);
    expect(bad.status).toBe(400);
    const dataset = await call<{ dataset: { version: number; downloadPath: string } }>(
      server,
      `{ dataset { version downloadPath } }`,
    );
    expect(dataset.body.data!.dataset).toEqual({ version: 2, downloadPath: "/api/v1/datapackage.zip?version=2" });
  });

  it("takes the public's error reports, limited per address, into the editors' inbox", async () => {
    const REPORT = `mutation ($input: ErrorReportInput!) { reportError(input: $input) { id } }`;
    const input = {
      record: { type: "BATCH", id: DENVER },
      whatIsWrong: "The count of subjects released looks wrong to me.",
      sourceUrl: "https://example.org/denver",
      contact: "reader@example.org",
    };
    const bad = await call(server, REPORT, {
      input: { ...input, record: { type: "BATCH", id: "nowhere" }, sourceUrl: "ftp://x" },
    });
    expect(bad.body.errors?.[0].message).toMatch(/input.sourceUrl.*input.record/s);
    const first = await call<{ reportError: { id: string } }>(server, REPORT, { input });
    expect(first.body.errors).toBeUndefined();
    expect(first.headers.get("cache-control")).toMatch(/no-store/);
    await call(server, REPORT, { input });
    await call(server, REPORT, { input });
    const limited = await call(server, REPORT, { input });
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0].extensions?.code).toBe("RATE_LIMITED");

    const anonymousInbox = await call(server, `{ correctionRequests { id } }`);
    expect(anonymousInbox.status).toBe(401);
    const inbox = await call<{ correctionRequests: { id: string; status: string; contact: string }[] }>(
      server,
      `{ correctionRequests(status: [OPEN]) { id status contact recordId } }`,
      {},
      { cookie: editorCookie },
    );
    expect(inbox.body.data!.correctionRequests).toHaveLength(3);
    expect(inbox.body.data!.correctionRequests[0]).toMatchObject({ status: "OPEN", contact: "reader@example.org" });

    const cs = await draftCorrection(3, "Following the reader's report.");
    const linked = await call<{ updateCorrectionRequest: { status: string; changesetId: string } }>(
      server,
      `mutation ($id: ID!, $cs: ID!) { updateCorrectionRequest(id: $id, changesetId: $cs) { status changesetId } }`,
      { id: first.body.data!.reportError.id, cs },
      { cookie: editorCookie },
    );
    expect(linked.body.data!.updateCorrectionRequest).toEqual({ status: "OPEN", changesetId: cs });
  });
});
