// The changeset pages' queries read their accounts, authors and published records through per-request loaders: the
// number of SQL statements does not grow with the number of changesets listed or of changes reviewed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements, type StatementCounter } from "./helpers/sql-counter";
import { call, makeStaff, signInCookie } from "./helpers/staff";

const LIST = `query ($first: Int!) { changesets(first: $first, status: [DRAFT]) {
  nodes { id note createdBy { email } publishedBy { email } authors { email role } } } }`;
const REVIEW = `query ($id: ID!) { changeset(id: $id) { id authors { email }
  changes { recordType recordId author { email } correction stale diff { field before after } } } }`;

describe("SQL statements of the changeset queries", () => {
  let server: TestServer;
  let counter: StatementCounter;
  let editorCookie: string;
  const contributors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    editorCookie = await signInCookie(server, await makeStaff(server, "editor"));
    for (let i = 0; i < 4; i++) contributors.push(await signInCookie(server, await makeStaff(server, "contributor")));
    counter = countStatements(server.database.dataSource);
  });
  afterAll(async () => {
    counter?.restore();
    await server?.close();
  });

  async function draft(cookie: string, note: string): Promise<string> {
    const created = await call<{ createChangeset: { id: string } }>(
      server,
      `mutation ($note: String!) { createChangeset(note: $note) { id } }`,
      { note },
      { cookie },
    );
    return created.body.data!.createChangeset.id;
  }

  /** A correction of a published jurisdiction's name, by the given contributor. */
  async function correct(cookie: string, changesetId: string, slug: string): Promise<void> {
    const [stored] = await server.database.dataSource.query(
      `SELECT name, kind, state, parent_slug, county_fips, version FROM jurisdictions WHERE slug = $1`,
      [slug],
    );
    const saved = await call(
      server,
      `mutation ($cs: ID!, $input: JurisdictionInput!, $base: Int) {
         saveJurisdiction(changesetId: $cs, input: $input, baseVersion: $base, reason: "Name as the county spells it") { id } }`,
      {
        cs: changesetId,
        base: stored.version,
        input: {
          slug,
          name: `${stored.name} (corrected)`,
          kind: stored.kind.toUpperCase(),
          state: stored.state,
          parentSlug: stored.parent_slug,
          countyFips: stored.county_fips,
        },
      },
      { cookie },
    );
    expect(saved.body.errors).toBeUndefined();
  }

  async function statementsOf(query: string, variables: Record<string, unknown>): Promise<number> {
    counter.reset();
    const answer = await call(server, query, variables, { cookie: editorCookie });
    expect(answer.body.errors).toBeUndefined();
    return counter.statements.length;
  }

  it("lists changesets with their accounts in as many statements for eight as for two", async () => {
    for (let i = 0; i < 8; i++) await draft(contributors[i % contributors.length], `Draft ${i}`);
    const two = await statementsOf(LIST, { first: 2 });
    const eight = await statementsOf(LIST, { first: 8 });
    expect(eight).toBe(two);
  });

  it("reviews a changeset's changes, their authors and published records in as many statements for six as for one", async () => {
    const slugs: string[] = (
      await server.database.dataSource.query(`SELECT slug FROM jurisdictions ORDER BY slug LIMIT 6`)
    ).map((r: { slug: string }) => r.slug);
    const small = await draft(contributors[0], "One correction");
    await correct(contributors[0], small, slugs[0]);
    const large = await draft(contributors[0], "Six corrections");
    for (let i = 0; i < 6; i++) await correct(contributors[i % contributors.length], large, slugs[i]);
    const one = await statementsOf(REVIEW, { id: small });
    const six = await statementsOf(REVIEW, { id: large });
    expect(six).toBe(one);
  });
});
