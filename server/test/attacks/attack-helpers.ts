import http from "node:http";
import { expect } from "vitest";

/** What a refusal looks like, whatever the transport: GraphQL errors, the twins' JSON error, or plain text. */
export interface Refusal {
  status: number;
  code: string | null;
  message: string;
  headers: Headers;
  body: string;
}

export interface Attack {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Expected status, error code and a piece of the message that tells the client what to do. */
  status: number;
  /** null for answers that are pages, not API errors (the dashboard's 404). */
  code: string | null;
  hint: RegExp;
  /** Further checks on the answer (a header, say). */
  also?: (refusal: Refusal) => void;
}

/** GraphQL requests in the suite ask for the modern media type, whose request errors are 400s. */
export const GRAPHQL_HEADERS = {
  "content-type": "application/json",
  accept: "application/graphql-response+json",
};

export function graphqlBody(query: string, variables?: Record<string, unknown>, extra: object = {}): string {
  return JSON.stringify({ query, variables, ...extra });
}

export async function send(baseUrl: string, attack: Omit<Attack, "status" | "code" | "hint">): Promise<Refusal> {
  const method = attack.method ?? (attack.body === undefined ? "GET" : "POST");
  // fetch() will not send a Host header of our choosing, nor a path it has not normalized: node:http will.
  const res = await rawRequest(`${baseUrl}${attack.path}`, method, attack.headers ?? {}, attack.body);
  const body = res.body;
  let code: string | null = null;
  let message = body;
  try {
    const json = JSON.parse(body) as {
      error?: { code?: string; message?: string };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (json.error) {
      code = json.error.code ?? null;
      message = json.error.message ?? "";
    } else if (json.errors?.length) {
      code = json.errors[0].extensions?.code ?? null;
      message = json.errors.map((e) => e.message).join("\n");
    }
  } catch {
    // Plain text (CSV endpoints and images answer errors as text).
  }
  return { status: res.status, code, message, headers: res.headers, body };
}

export function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Headers; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port, pathname, search } = new URL(url);
    const path = url.slice(url.indexOf("/", url.indexOf("//") + 2)) || `${pathname}${search}`;
    const req = http.request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: responseHeaders,
          body: Buffer.concat(chunks).toString("utf8"),
        });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The refusal is what the case says, and gives nothing away: no stack trace, no SQL, no file paths. */
export function expectRefusal(refusal: Refusal, attack: Attack): void {
  expect({ status: refusal.status, code: refusal.code }).toEqual({ status: attack.status, code: attack.code });
  expect(refusal.message).toMatch(attack.hint);
  expect(refusal.body).not.toMatch(/ {4}at |stacktrace|node_modules|SELECT |INSERT /);
  attack.also?.(refusal);
}

/** A normal query a reader's page makes: after any attack, it must still be answered, and fast. */
export const NORMAL_QUERY = `{ subpoenaCounts(groupBy: [OUTCOME]) { buckets { outcome subpoenas } total { subpoenas } } }`;
export const NORMAL_QUERY_BUDGET_MS = 1000;

/** Starts the server's lazy parts (compiled schema, caches, JIT) so the first measured query is not a cold one. */
export async function warmUp(baseUrl: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await fetch(`${baseUrl}/graphql`, { method: "POST", headers: GRAPHQL_HEADERS, body: graphqlBody(NORMAL_QUERY) });
  }
}

/**
 * A normal query is answered, correctly and well within the budget. The best of two tries counts: on a busy machine
 * one try can lose the CPU for a moment, but a server that an attack has stalled loses both.
 */
export async function expectNormalQueryAnswered(baseUrl: string, budgetMs = NORMAL_QUERY_BUDGET_MS): Promise<void> {
  const timings: number[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: GRAPHQL_HEADERS,
      body: graphqlBody(NORMAL_QUERY),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await res.json()) as { data?: { subpoenaCounts: { total: { subpoenas: number } } } };
    timings.push(performance.now() - started);
    expect(res.status).toBe(200);
    expect(json.data?.subpoenaCounts.total.subpoenas).toBeGreaterThan(0);
    if (timings[attempt] < budgetMs) return;
  }
  expect(Math.min(...timings)).toBeLessThan(budgetMs);
}
