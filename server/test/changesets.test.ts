import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { call, makeStaff, signInCookie, type StaffMember } from "./helpers/staff";

const CHANGESET_FIELDS = `id status note datasetVersion
  changes { recordType recordId action correction stale reason diff { field before after } }
  problems { path message }`;

const CREATE = `mutation { createChangeset(note: "Marion County") { id } }`;
const SAVE_SOURCE = `mutation ($cs: ID!, $input: SourceInput!) { saveSource(changesetId: $cs, input: $input) { id } }`;
const SAVE_BATCH = `mutation ($cs: ID!, $input: BatchInput!, $base: Int, $reason: String) {
  saveBatch(changesetId: $cs, input: $input, baseVersion: $base, reason: $reason) { ${CHANGESET_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!, $note: String!) { publishChangeset(id: $id, note: $note) { id status datasetVersion } }`;
const PUBLIC_BATCH = `query ($id: ID!) { batch(id: $id) { id subpoenaCount outcomes { outcome subpoenas } } }`;

const SOURCE = {
  id: "example-2020-03-denver",
  url: "https://example.org/denver-march",
  publisher: "Example Desk",
  title: "A later report",
  publishedOn: "2020-03-20",
  kind: "NEWS",
  reliability: "SECONDARY",
  quote: "ICE served two more subpoenas on the Denver sheriff in March.",
};

const BATCH = {
  id: "2020-03-denver-later",
  issuedOn: "2020-03",
  jurisdictionSlug: "denver-co",
  recipientAgencySlugs: ["denver-sheriff"],
  issuingComponent: "ERO",
  subpoenaCount: 2,
  countPrecision: "EXACT",
  offenseCategories: ["ASSAULT"],
  sourceIds: [SOURCE.id],
  events: [
    { date: "2020-03", status: "ISSUED", sourceIds: [SOURCE.id] },
    { date: "2020-04-02", status: "DECLINED", agencySlug: "denver-sheriff", sourceIds: [SOURCE.id] },
  ],
};

describe("changesets: draft, review, publish", () => {
  let server: TestServer;
  let contributor: StaffMember;
  let editor: StaffMember;
  let otherEditor: StaffMember;
  let contributorCookie: string;
  let editorCookie: string;
  let otherEditorCookie: string;
  beforeAll(async () => {
    server = await startTestServer();
    contributor = await makeStaff(server, "contributor");
    editor = await makeStaff(server, "editor");
    otherEditor = await makeStaff(server, "editor");
    contributorCookie = await signInCookie(server, contributor);
    editorCookie = await signInCookie(server, editor);
    otherEditorCookie = await signInCookie(server, otherEditor);
  });
  afterAll(() => server?.close());

  async function newDraft(cookie: string): Promise<string> {
    const created = await call<{ createChangeset: { id: string } }>(server, CREATE, {}, { cookie });
    return created.body.data!.createChangeset.id;
  }

  const publicVersion = async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ dataset { version } }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    return { etag: res.headers.get("etag"), body: await res.text() };
  };

  it("reports a draft's problems at the input paths of their fields, saving nothing", async () => {
    const cs = await newDraft(contributorCookie);
    const bad = await call(
      server,
      SAVE_BATCH,
      {
        cs,
        input: {
          ...BATCH,
          subpoenaCount: -2,
          sourceIds: ["no-such-source"],
          events: [BATCH.events[0], { ...BATCH.events[1], date: "2020-13-01" }],
        },
      },
      { cookie: contributorCookie },
    );
    expect(bad.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const problems = bad.body.errors?.[0].extensions?.problems as { path: string; message: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "input.subpoenaCount", message: 'must be a whole number of at least 1, got "-2"' },
        expect.objectContaining({
          path: "input.sourceIds",
          message: expect.stringMatching(/unknown source "no-such-source"/),
        }),
        expect.objectContaining({ path: "input.events.1.date", message: expect.stringMatching(/month 13/) }),
      ]),
    );
    const draft = await call<{ changeset: { changes: unknown[] } }>(
      server,
      `query ($id: ID!) { changeset(id: $id) { changes { recordId } } }`,
      { id: cs },
      { cookie: contributorCookie },
    );
    expect(draft.body.data?.changeset.changes).toEqual([]);
  });

  it("asks every fact for a source that carries its quote", async () => {
    const cs = await newDraft(contributorCookie);
    await call(
      server,
      SAVE_SOURCE,
      { cs, input: { ...SOURCE, id: "unquoted", quote: null } },
      { cookie: contributorCookie },
    );
    const bad = await call(
      server,
      SAVE_BATCH,
      { cs, input: { ...BATCH, sourceIds: ["unquoted"], events: [] } },
      { cookie: contributorCookie },
    );
    expect(bad.body.errors?.[0].extensions?.problems).toEqual([
      { path: "input.sourceIds", message: expect.stringMatching(/supporting quote/) },
    ]);
  });

  it("keeps drafts out of every public answer, ETag and version; shows them to staff with a diff", async () => {
    const before = await publicVersion();
    const cs = await newDraft(contributorCookie);
    expect((await call(server, SAVE_SOURCE, { cs, input: SOURCE }, { cookie: contributorCookie })).status).toBe(200);
    const saved = await call<{
      saveBatch: { changes: { recordType: string; diff: { field: string; after: string }[] }[]; problems: unknown[] };
    }>(server, SAVE_BATCH, { cs, input: BATCH }, { cookie: contributorCookie });
    expect(saved.body.errors).toBeUndefined();
    const changes = saved.body.data!.saveBatch.changes;
    expect(changes.map((c) => c.recordType)).toEqual(["SOURCE", "BATCH", "EVENT", "EVENT"]);
    expect(changes[1].diff).toEqual(expect.arrayContaining([{ field: "subpoenaCount", before: null, after: "2" }]));
    expect(saved.body.data!.saveBatch.problems).toEqual([]);

    const anonymous = await call(server, PUBLIC_BATCH, { id: BATCH.id });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await publicVersion()).toEqual(before);
    const zip = await fetch(`${server.url}/api/v1/batches.json?jurisdiction=denver-co`);
    expect(await zip.text()).not.toContain(BATCH.id);

    // A contributor cannot publish; nor can an editor publish what they wrote alone.
    const byContributor = await call(server, PUBLISH, { id: cs, note: "x" }, { cookie: contributorCookie });
    expect(byContributor.status).toBe(403);
    const own = await newDraft(editorCookie);
    await call(
      server,
      SAVE_SOURCE,
      { cs: own, input: { ...SOURCE, id: "editors-own", quote: "q" } },
      { cookie: editorCookie },
    );
    const alone = await call(server, PUBLISH, { id: own, note: "x" }, { cookie: editorCookie });
    expect(alone.status).toBe(403);
    expect(alone.body.errors?.[0].message).toMatch(/alone/);
    expect(
      (await call(server, PUBLISH, { id: own, note: "Adds a source" }, { cookie: otherEditorCookie })).status,
    ).toBe(200);

    const published = await call<{ publishChangeset: { status: string; datasetVersion: number } }>(
      server,
      PUBLISH,
      { id: cs, note: "Added Denver's March 2020 subpoenas" },
      { cookie: editorCookie },
    );
    expect(published.body.data?.publishChangeset.status).toBe("PUBLISHED");
    const after = await call<{ batch: { subpoenaCount: number; outcomes: unknown[] } }>(server, PUBLIC_BATCH, {
      id: BATCH.id,
    });
    expect(after.body.data?.batch).toEqual({
      id: BATCH.id,
      subpoenaCount: 2,
      outcomes: [{ outcome: "DECLINED", subpoenas: 2 }],
    });
    const now = await publicVersion();
    expect(now.etag).not.toBe(before.etag);
    expect(JSON.parse(now.body).data.dataset.version).toBe(published.body.data!.publishChangeset.datasetVersion);
  });

  it("treats a change to a published record as a correction: base version and reason required", async () => {
    const cs = await newDraft(contributorCookie);
    const edited = { ...BATCH, subpoenaCount: 3, events: undefined };
    const noBase = await call(server, SAVE_BATCH, { cs, input: edited }, { cookie: contributorCookie });
    expect(noBase.body.errors?.[0].extensions?.problems).toEqual([
      { path: "input.id", message: expect.stringMatching(/already exists \(version 1\)/) },
    ]);
    const noReason = await call(server, SAVE_BATCH, { cs, input: edited, base: 1 }, { cookie: contributorCookie });
    expect(noReason.body.errors?.[0].extensions?.problems).toEqual([
      { path: "input.reason", message: expect.stringMatching(/correction/) },
    ]);
    const stale = await call(
      server,
      SAVE_BATCH,
      { cs, input: edited, base: 7, reason: "r" },
      { cookie: contributorCookie },
    );
    expect(stale.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    const ok = await call<{ saveBatch: { changes: { correction: boolean; reason: string; diff: unknown[] }[] } }>(
      server,
      SAVE_BATCH,
      { cs, input: edited, base: 1, reason: "The sheriff's letter counts three." },
      { cookie: contributorCookie },
    );
    expect(ok.body.data?.saveBatch.changes[0]).toMatchObject({
      correction: true,
      reason: "The sheriff's letter counts three.",
      diff: [{ field: "subpoenaCount", before: "2", after: "3" }],
    });
    expect(
      (await call(server, PUBLISH, { id: cs, note: "Corrected the Denver count" }, { cookie: editorCookie })).status,
    ).toBe(200);
    const [revision] = await server.database.dataSource.query(
      `SELECT action, reason, before->>'subpoena_count' AS was, after->>'subpoena_count' AS now FROM revisions
        WHERE record_type = 'batches' AND record_id = $1 ORDER BY id DESC LIMIT 1`,
      [BATCH.id],
    );
    expect(revision).toEqual({ action: "update", reason: "The sheriff's letter counts three.", was: "2", now: "3" });
  });

  it("gives exactly one CONFLICT when two drafts correct the same record from the same version", async () => {
    const drafts = [await newDraft(contributorCookie), await newDraft(contributorCookie)];
    for (const [i, cs] of drafts.entries()) {
      const saved = await call(
        server,
        SAVE_BATCH,
        {
          cs,
          input: { ...BATCH, subpoenaCount: 3, notes: `note ${i}`, events: undefined },
          base: 2,
          reason: `fix ${i}`,
        },
        { cookie: contributorCookie },
      );
      expect(saved.body.errors).toBeUndefined();
    }
    const answers = await Promise.all(
      drafts.map((id) => call(server, PUBLISH, { id, note: "notes" }, { cookie: editorCookie })),
    );
    const codes = answers.map((a) => a.body.errors?.[0].extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const conflict = answers.find((a) => a.body.errors)!;
    expect(conflict.body.errors?.[0].extensions).toMatchObject({
      currentVersion: 3,
      current: { notes: expect.stringMatching(/^note [01]$/) },
    });
    // The losing draft is shown as stale to its reviewers.
    const losing = drafts[answers.indexOf(conflict)];
    const review = await call<{ changeset: { status: string; changes: { stale: boolean }[] } }>(
      server,
      `query ($id: ID!) { changeset(id: $id) { status changes { stale } } }`,
      { id: losing },
      { cookie: editorCookie },
    );
    expect(review.body.data?.changeset).toEqual({ status: "DRAFT", changes: [{ stale: true }] });
  });

  it("withdraws a record with a published reason: out of the counts, kept in history", async () => {
    const cs = await newDraft(contributorCookie);
    const withdrawn = await call(
      server,
      `mutation ($cs: ID!) { withdrawRecord(changesetId: $cs, record: { type: BATCH, id: "${BATCH.id}" }, baseVersion: 3, reason: "The report was retracted.") { id } }`,
      { cs },
      { cookie: contributorCookie },
    );
    expect(withdrawn.body.errors).toBeUndefined();
    expect(
      (await call(server, PUBLISH, { id: cs, note: "Withdrew a retracted report" }, { cookie: editorCookie })).status,
    ).toBe(200);
    const list = await fetch(`${server.url}/api/v1/batches.json?jurisdiction=denver-co`);
    expect(await list.text()).not.toContain(BATCH.id);
    const [revision] = await server.database.dataSource.query(
      `SELECT action, reason FROM revisions WHERE record_type = 'batches' AND record_id = $1 ORDER BY id DESC LIMIT 1`,
      [BATCH.id],
    );
    expect(revision).toEqual({ action: "withdraw", reason: "The report was retracted." });
    // The API says so on the record itself, and still says nothing of the kind for a record that stands.
    const read = await server.graphql<{
      batch: { withdrawn: { at: string; reason: string } | null };
      jurisdiction: { withdrawn: null };
    }>(
      `query ($id: ID!) { batch(id: $id) { withdrawn { at reason } } jurisdiction(slug: "denver-co") { withdrawn { at } } }`,
      {
        id: BATCH.id,
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.batch.withdrawn?.reason).toBe("The report was retracted.");
    expect(Date.parse(read.data!.batch.withdrawn!.at)).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(read.data!.jurisdiction.withdrawn).toBeNull();
    const [{ n }] = await server.database.dataSource.query(
      `SELECT count(*) AS n FROM batch_outcomes WHERE batch_id = $1`,
      [BATCH.id],
    );
    expect(n).toBe(0);
  });
});
