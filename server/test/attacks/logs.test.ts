import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { spawnServer, type ServerProcess } from "../helpers/process";
import { SEED_DIR } from "../helpers/server";
import { GRAPHQL_HEADERS, graphqlBody } from "./attack-helpers";

/**
 * The server's own log, read from its stdout: structured JSON, one object per line; every line about a request names
 * it by the id the client got (X-Request-Id, and inside every error answer); a client's mistake is one line, with its
 * code and message and no stack trace.
 */
interface LogLine {
  time: string;
  level: string;
  msg: string;
  requestId?: string;
  status?: number;
  error?: { code: string; message: string; stack?: string };
}

/** Client mistakes of every transport, and what their one line must say. */
const MISTAKES: { name: string; path: string; body?: string; status: number; code: string }[] = [
  { name: "a bad counts parameter", path: "/api/v1/counts.csv?groupBy=COLOR", status: 400, code: "BAD_USER_INPUT" },
  {
    name: "counts.json from year 0000",
    path: "/api/v1/counts.json?from=0000",
    status: 400,
    code: "BAD_USER_INPUT",
  },
  { name: "an unknown API path", path: "/api/v1/nothing", status: 404, code: "NOT_FOUND" },
  { name: "an unknown chart", path: "/embed/no-such-chart.svg", status: 400, code: "BAD_USER_INPUT" },
  { name: "an unknown page under /embed", path: "/embed/a/b", status: 404, code: "NOT_FOUND" },
  {
    name: "a GraphQL validation error",
    path: "/graphql",
    body: graphqlBody("{ noSuchField }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a GraphQL argument out of range",
    path: "/graphql",
    body: graphqlBody("{ batches(first: 500) { totalCount } }"),
    // A resolver's refusal: the answer is a 200 with data null and the error, as GraphQL over HTTP has it.
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a GraphQL query over the node budget",
    path: "/graphql",
    body: graphqlBody(
      `{ ${Array.from({ length: 3 }, (_, i) => `p${i}: batches(first: 100) { nodes { courtCases { batches(first: 100) { sources { id } events { sources { id } } } } } }`).join(" ")} }`,
    ),
    status: 400,
    code: "NODE_LIMIT_EXCEEDED",
  },
  { name: "malformed JSON", path: "/graphql", body: "{", status: 400, code: "BAD_REQUEST" },
];

describe("structured logs with a request id on every line", () => {
  let database: TestDatabase;
  let server: ServerProcess;
  beforeAll(async () => {
    database = await createTestDatabase();
    server = await spawnServer({
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { EMBEDDED_DATA_DIR: "memory://" }),
      SEED_DIR,
      LOG_LEVEL: "info",
    });
  });
  afterAll(async () => {
    if (server) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await database?.drop();
  });

  const lines = (): LogLine[] => server.stdout().map((l) => JSON.parse(l) as LogLine);
  const linesOf = (requestId: string) => lines().filter((l) => l.requestId === requestId);
  /** The request's line is written when its answer finishes, a moment after the client has read it. */
  const settle = () => new Promise((r) => setTimeout(r, 200));

  it("writes every line as JSON with a time, a level and a message", async () => {
    await fetch(`${server.url}/api/v1/counts.json?groupBy=OUTCOME`);
    await settle();
    expect(server.stdout().length).toBeGreaterThan(0);
    for (const line of lines()) {
      expect(line).toMatchObject({ time: expect.any(String), level: expect.any(String), msg: expect.any(String) });
    }
  });

  it("logs a good request once, under the id it answered with", async () => {
    const res = await fetch(`${server.url}/api/v1/counts.csv?groupBy=OUTCOME`);
    const id = res.headers.get("x-request-id")!;
    await res.text();
    await settle();
    expect(linesOf(id)).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "request",
        status: 200,
        requestId: id,
        path: "/api/v1/counts.csv",
      }),
    ]);
  });

  it.each(MISTAKES.map((m) => [m.name, m] as const))(
    "%s: one line naming the request, the code and the message, no stack; the answer names the request",
    async (_name, mistake) => {
      const res = await fetch(`${server.url}${mistake.path}`, {
        method: mistake.body === undefined ? "GET" : "POST",
        headers: mistake.body === undefined ? {} : GRAPHQL_HEADERS,
        body: mistake.body,
      });
      const id = res.headers.get("x-request-id")!;
      const body = await res.text();
      expect(res.status).toBe(mistake.status);
      // The answer names the request: JSON errors in their requestId, plain-text ones in a closing line.
      expect(body).toContain(id);
      if (body.startsWith("{")) {
        const json = JSON.parse(body) as {
          error?: { requestId: string };
          errors?: { extensions: { requestId: string } }[];
        };
        const ids = json.errors ? json.errors.map((e) => e.extensions.requestId) : [json.error?.requestId];
        expect(ids.every((i) => i === id)).toBe(true);
      }
      await settle();
      const mine = linesOf(id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        level: "warn",
        msg: "request",
        status: mistake.status,
        error: { code: mistake.code, message: expect.any(String) },
      });
      expect(JSON.stringify(mine[0])).not.toMatch(/stack| {4}at /);
    },
  );

  it("keeps a proxy's plain request id, in the answer and in the log", async () => {
    const res = await fetch(`${server.url}/api/v1/counts.csv?groupBy=NOPE`, {
      headers: { "x-request-id": "proxy-trace-12345" },
    });
    expect(res.headers.get("x-request-id")).toBe("proxy-trace-12345");
    expect(await res.text()).toContain("(request proxy-trace-12345)");
    await settle();
    expect(linesOf("proxy-trace-12345")).toHaveLength(1);
  });

  it("writes no stack trace to stdout or stderr for any of it", () => {
    expect(server.stdout().join("\n")).not.toMatch(/"stack"/);
    expect(server.stderr()).toEqual([]);
  });
});
