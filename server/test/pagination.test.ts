import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertGeneratedBatches } from "./helpers/generate";
import { startTestServer, type TestServer } from "./helpers/server";

interface Row {
  id: string;
  issued_on: string;
  issued_precision: "year" | "month" | "day";
  subpoena_count: number | null;
  jurisdiction_slug: string;
}
interface Page {
  batches: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: { id: string } }[];
  };
}

const PAGE = `query($filter: BatchFilter, $orderBy: BatchOrder, $first: Int, $after: String, $last: Int, $before: String) {
  batches(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}`;

const RANK = { year: 0, month: 1, day: 2 };
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
type Key = (r: Row) => (string | number)[];

/** The orders as the schema describes them, computed here independently of the SQL. */
const EXPECTED: Record<string, { key: Key; desc: boolean[] }> = {
  ISSUED_ON_ASC: { key: (r) => [r.issued_on, RANK[r.issued_precision], r.id], desc: [false, false, false] },
  ISSUED_ON_DESC: { key: (r) => [r.issued_on, RANK[r.issued_precision], r.id], desc: [true, true, true] },
  SUBPOENA_COUNT_ASC: {
    key: (r) => [r.subpoena_count === null ? 1 : 0, r.subpoena_count ?? 0, r.issued_on, r.id],
    desc: [false, false, false, false],
  },
  SUBPOENA_COUNT_DESC: {
    key: (r) => [r.subpoena_count === null ? 1 : 0, r.subpoena_count ?? 0, r.issued_on, r.id],
    desc: [false, true, true, true],
  },
  JURISDICTION_ASC: { key: (r) => [r.jurisdiction_slug, r.issued_on, r.id], desc: [false, false, false] },
  JURISDICTION_DESC: { key: (r) => [r.jurisdiction_slug, r.issued_on, r.id], desc: [true, true, true] },
};

function expectedOrder(rows: Row[], order: string): string[] {
  const { key, desc } = EXPECTED[order];
  return [...rows]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i += 1) {
        const c = cmp(ka[i], kb[i]);
        if (c !== 0) return desc[i] ? -c : c;
      }
      return 0;
    })
    .map((r) => r.id);
}

describe("cursor pagination over a few hundred generated batches", () => {
  let server: TestServer;
  let rows: Row[];
  const page = async (variables: Record<string, unknown>) => {
    const res = await server.graphql<Page>(PAGE, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.batches;
  };

  beforeAll(async () => {
    server = await startTestServer();
    await insertGeneratedBatches(server.database.dataSource, 300);
    rows = await server.database.dataSource.query(
      `SELECT id, issued_on, issued_precision, subpoena_count, jurisdiction_slug FROM batches`,
    );
    expect(rows).toHaveLength(309); // the seed's 9 and 300 generated
  });
  afterAll(() => server?.close());

  async function walkForward(order: string, size: number, filter?: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    let previous = false;
    for (let guard = 0; guard < 1000; guard += 1) {
      const p = await page({ orderBy: order, first: size, after, filter });
      expect(p.pageInfo.hasPreviousPage).toBe(previous);
      ids.push(...p.edges.map((e) => e.node.id));
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      if (!p.pageInfo.hasNextPage) return ids;
      after = p.pageInfo.endCursor;
      previous = true;
    }
    throw new Error("too many pages");
  }

  async function walkBackward(order: string, size: number, filter?: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 1000; guard += 1) {
      const p = await page({ orderBy: order, last: size, before, filter });
      ids.unshift(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasPreviousPage) return ids;
      before = p.pageInfo.startCursor;
    }
    throw new Error("too many pages");
  }

  for (const order of Object.keys(EXPECTED)) {
    it(`walks ${order} forward and back, each batch once, in order`, async () => {
      const expected = expectedOrder(rows, order);
      const forward = await walkForward(order, 37);
      expect(new Set(forward).size).toBe(forward.length);
      expect(forward).toEqual(expected);
      expect(await walkBackward(order, 37)).toEqual(expected);
      expect(await walkForward(order, 100)).toEqual(expected);
    });
  }

  it("pages a filtered list with its own total", async () => {
    const filter = { jurisdictions: ["oregon"] };
    const inOregon = rows.filter((r) =>
      ["oregon", "washington-county-or", "hillsboro-or"].includes(r.jurisdiction_slug),
    );
    expect((await page({ filter, first: 1 })).totalCount).toBe(inOregon.length);
    expect(await walkForward("SUBPOENA_COUNT_DESC", 10, filter)).toEqual(
      expectedOrder(inOregon, "SUBPOENA_COUNT_DESC"),
    );
  });

  it("goes back from the middle with before, and forward again with after", async () => {
    const expected = expectedOrder(rows, "ISSUED_ON_ASC");
    const first = await page({ first: 50 });
    const second = await page({ first: 50, after: first.pageInfo.endCursor });
    const back = await page({ last: 20, before: second.pageInfo.startCursor });
    expect(back.edges.map((e) => e.node.id)).toEqual(expected.slice(30, 50));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const again = await page({ first: 5, after: back.pageInfo.endCursor });
    expect(again.edges.map((e) => e.node.id)).toEqual(expected.slice(50, 55));
  });

  it("defaults to 25 and answers an empty page past the end", async () => {
    const p = await page({});
    expect(p.edges).toHaveLength(25);
    expect(p.totalCount).toBe(309);
    const last = await page({ last: 1 });
    const beyond = await page({ first: 10, after: last.pageInfo.endCursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  describe("refuses bad arguments with BAD_USER_INPUT and the fix", () => {
    const error = async (variables: Record<string, unknown>) => {
      const res = await server.graphql(PAGE, variables);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      return res.errors![0].message;
    };
    it("first or last outside 1..100", async () => {
      expect(await error({ first: 0 })).toMatch(/^first must be between 1 and 100/);
      expect(await error({ first: 101 })).toMatch(/^first must be between 1 and 100/);
      expect(await error({ last: -5 })).toMatch(/^last must be between 1 and 100/);
    });
    it("a cursor from another order, or no cursor at all", async () => {
      const p = await page({ first: 1, orderBy: "ISSUED_ON_DESC" });
      expect(await error({ after: p.pageInfo.endCursor, orderBy: "ISSUED_ON_ASC" })).toMatch(
        /made for orderBy ISSUED_ON_DESC/,
      );
      expect(await error({ after: "not-a-cursor" })).toMatch(/after is not a cursor/);
    });
    it("mixing forward and backward arguments", async () => {
      expect(await error({ first: 5, last: 5 })).toMatch(/first and after, or backward with last and before/);
    });
  });
});
