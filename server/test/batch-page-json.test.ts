import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGeneratedBatches } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";
import { countStatements, type StatementCounter } from "./helpers/sql-counter";

// Issue 12: "a page of 100 with every relation: <= 1.5x the floor". Pages whose every field PostgreSQL can build are
// answered by one statement that builds the batches' JSON (http/batch-page-plugin.ts, batch-json.sql.ts). Each query
// here is asked twice: as written (that way), and with one field added that only a resolver gives (issuedOnLabel,
// under an alias this test then removes), which sends the same page the usual way, field by field. Both must give
// the same answer, byte for byte once the extra field is gone: the JSON way sends PostgreSQL's text as it is
// (http/raw-json.ts), so its bytes must be those Apollo would write (JSON.stringify of the answer, and a line end).

const SLOW = "slowPathMarker: issuedOnLabel";

/** Every field the JSON way builds, at every level. */
const EVERY_FIELD = `
  id issuedOn issuedPrecision issuingComponent subpoenaCount countPrecision offenseCategories subjectsSummary
  subjectsInCustody subjectsReleased notes __typename
  jurisdiction { slug name kind state __typename }
  agencies { slug name kind __typename }
  outcomes { outcome subpoenas __typename }
  events { id date datePrecision status subpoenasAffected note __typename
    agency { slug name kind }
    courtCase { slug court caseNumber caption filedOn filedPrecision judge outcome decidedOn decidedPrecision citation __typename }
    sources { id url publisher title publishedOn publishedPrecision kind reliability quote __typename } }
  sources { id url publisher title publishedOn publishedPrecision kind reliability quote }`;

/** Only the keys of the relations: read from the referencing columns, without joins. */
const KEYS_ONLY = `id jurisdiction { slug } agencies { slug __typename } events { agency { slug } courtCase { slug } sources { id } }
  sources { id __typename }`;

interface Case {
  name: string;
  /** The query, with %NODE% where the batch's fields go. */
  query: string;
  node: string;
  variables?: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    name: "every field under nodes, with the page info and total",
    query: `query ($after: String, $orderBy: BatchOrder) { batches(first: 40, after: $after, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { %NODE% } } }`,
    node: EVERY_FIELD,
  },
  {
    name: "edges and nodes with different selections, aliases and __typename",
    query: `query ($after: String, $orderBy: BatchOrder) { __typename list: batches(first: 40, after: $after, orderBy: $orderBy) {
      __typename pageInfo { hasNextPage endCursor } edges { cursor __typename node { when: issuedOn %NODE% } } nodes { id place: jurisdiction { name } } } }`,
    node: "id who: agencies { slug } events { happened: date status }",
  },
  {
    name: "relation keys only",
    query: `query ($after: String, $orderBy: BatchOrder) { batches(first: 40, after: $after, orderBy: $orderBy) {
      pageInfo { hasNextPage endCursor } nodes { %NODE% } } }`,
    node: KEYS_ONLY,
  },
  {
    name: "fragments, inline fragments and @include/@skip with variables",
    query: `query ($after: String, $orderBy: BatchOrder, $withEvents: Boolean!, $noSources: Boolean!) {
      batches(first: 40, after: $after, orderBy: $orderBy) { ...Page } }
      fragment Page on BatchConnection { pageInfo { hasNextPage endCursor } nodes { ...B %NODE% } }
      fragment B on Batch { id ... on Batch { issuedOn } events @include(if: $withEvents) { ...E } sources @skip(if: $noSources) { id } }
      fragment E on Event { date courtCase { caption } }`,
    node: "",
    variables: { withEvents: true, noSources: true },
  },
];

describe("pages of batches built as JSON by PostgreSQL", () => {
  let server: TestServer;
  let counter: StatementCounter;

  beforeAll(async () => {
    server = await startTestServer();
    await insertGeneratedBatches(server.database.dataSource, 260);
    // Text that JSON escapes: PostgreSQL's to_json must write it as JSON.stringify does.
    await server.database.dataSource.query(
      `UPDATE batches SET notes = $1, subjects_summary = $2 WHERE id IN (SELECT id FROM batches ORDER BY issued_on, id LIMIT 3)`,
      ['quote " backslash \\ slash / line\nbreak\ttab \u0001\u001f\u007f é 😀 \u2028\u2029 </script>', "\r\b\f"],
    );
    counter = countStatements(server.database.dataSource);
  });
  afterAll(async () => {
    counter?.restore();
    await server?.close();
  });

  const ask = async (query: string, variables: Record<string, unknown>) => {
    counter.reset();
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[]; extensions?: unknown };
    return { res, text, body, statements: counter.statements.length };
  };

  const withoutMarker = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "slowPathMarker" ? undefined : v)));

  for (const c of CASES) {
    for (const orderBy of ["ISSUED_ON_ASC", "SUBPOENA_COUNT_DESC", "JURISDICTION_DESC"]) {
      it(`${c.name} (${orderBy}): the same answer both ways on every page, in one statement per page`, async () => {
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const variables = { ...c.variables, after, orderBy };
          const fast = await ask(c.query.replace("%NODE%", c.node), variables);
          const slow = await ask(c.query.replace("%NODE%", `${c.node} ${SLOW}`), variables);
          expect(fast.body.errors).toBeUndefined();
          expect(slow.body.errors).toBeUndefined();
          expect(fast.statements).toBe(1);
          expect(slow.statements).toBeGreaterThan(1);
          expect(fast.text).toBe(`${JSON.stringify(withoutMarker(slow.body))}\n`);
          expect(fast.res.headers.get("cache-control")).toBe(slow.res.headers.get("cache-control"));
          expect(fast.res.headers.get("content-type")).toBe(slow.res.headers.get("content-type"));
          expect(fast.body.extensions).toEqual(slow.body.extensions);
          const connection = Object.values(fast.body.data as Record<string, unknown>).find(
            (v) => typeof v === "object",
          ) as { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
          pages += 1;
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        // The seed and the generated batches: several pages, so cursors were followed.
        expect(pages).toBeGreaterThan(5);
      });
    }
  }

  it("walks backward with last/before the same both ways", async () => {
    const query = `query ($before: String) { batches(last: 30, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { %NODE% } } }`;
    let before: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const fast = await ask(query.replace("%NODE%", EVERY_FIELD), { before });
      const slow = await ask(query.replace("%NODE%", `${EVERY_FIELD} ${SLOW}`), { before });
      expect(fast.statements).toBe(1);
      expect(fast.text).toBe(`${JSON.stringify(withoutMarker(slow.body))}\n`);
      before = (fast.body.data as { batches: { pageInfo: { startCursor: string } } }).batches.pageInfo.startCursor;
    }
  });

  it("filters the same both ways", async () => {
    const query = `{ batches(first: 100, filter: { jurisdictions: ["oregon"], issuedFrom: "2019" }) { totalCount nodes { %NODE% } } }`;
    const fast = await ask(query.replace("%NODE%", EVERY_FIELD), {});
    const slow = await ask(query.replace("%NODE%", `${EVERY_FIELD} ${SLOW}`), {});
    expect(fast.statements).toBe(1);
    expect((fast.body.data as { batches: { nodes: unknown[] } }).batches.nodes.length).toBeGreaterThan(0);
    expect(fast.text).toBe(`${JSON.stringify(withoutMarker(slow.body))}\n`);
  });

  it("answers a bad argument with the usual error, whichever way it was asked", async () => {
    for (const node of ["id", `id ${SLOW}`]) {
      const unknown = await ask(
        `{ batches(first: 5, filter: { jurisdictions: ["atlantis"] }) { nodes { ${node} } } }`,
        {},
      );
      expect(unknown.body.data).toBeNull();
      expect(unknown.body.errors).toMatchObject([
        {
          message: expect.stringContaining('no jurisdiction has slug "atlantis"'),
          extensions: { code: "BAD_USER_INPUT" },
        },
      ]);
      const cursor = await ask(`{ batches(first: 5, after: "not-a-cursor") { nodes { ${node} } } }`, {});
      expect(cursor.body.errors).toMatchObject([{ extensions: { code: "BAD_USER_INPUT" } }]);
    }
  });

  it("leaves anything else to the resolvers: computed fields, other root fields", async () => {
    const mixed = await ask(`{ batches(first: 3) { nodes { id } } dataset { version } }`, {});
    expect(mixed.body.errors).toBeUndefined();
    expect(mixed.statements).toBeGreaterThan(1);
    const computed = await ask(`{ batches(first: 3) { nodes { id countLabel policies { slug } } } }`, {});
    expect(computed.body.errors).toBeUndefined();
    expect(computed.statements).toBeGreaterThan(1);
  });
});
