import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { startTestServer, type TestServer } from "../helpers/server";
import {
  GRAPHQL_HEADERS,
  expectNormalQueryAnswered,
  expectRefusal,
  graphqlBody,
  rawRequest,
  send,
  warmUp,
  type Attack,
} from "./attack-helpers";

/**
 * The attack suite, part one: malformed and hostile input. Each case attacks the running server over HTTP, checks
 * the refusal (status, code, and a message that says what to do), then checks that a normal query is still answered
 * quickly.
 */
const JSON_HEADERS = { "content-type": "application/json" };
const deep = (levels: number) =>
  `{ ${"jurisdictions { children { ".repeat(levels / 2)}name${" } }".repeat(levels / 2)} }`;

const ATTACKS: Attack[] = [
  // Year 0000 does not exist; PostgreSQL refuses it.
  {
    name: "from=0000 on counts",
    path: "/api/v1/counts.json?from=0000",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /year 0000 does not exist; years start at 0001/,
  },
  {
    name: "to=0000-01 on batches",
    path: "/api/v1/batches.json?to=0000-01",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Parameter "to": year 0000/,
  },
  {
    name: "from=0000 on an embed",
    path: "/embed/outcomes.json?from=0000",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /year 0000 does not exist/,
  },
  {
    name: 'PartialDate "0000" in GraphQL',
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ subpoenaCounts(groupBy: [STATE], filter: { issuedFrom: "0000" }) { total { subpoenas } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /year 0000 does not exist/,
  },
  {
    name: 'PartialDate "0000" as a variable',
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`query($d: PartialDate) { timeline(filter: { issuedTo: $d }) { date } }`, { d: "0000-12-31" }),
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /year 0000 does not exist/,
  },
  // NUL bytes: PostgreSQL text cannot hold them.
  {
    name: "NUL in a counts parameter",
    path: "/api/v1/counts.csv?groupBy=STATE&from=2020%00",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Parameter "from" contains a NUL character/,
  },
  {
    name: "NUL in a batches parameter",
    path: "/api/v1/batches.json?jurisdiction=oregon%00",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Parameter "jurisdiction" contains a NUL/,
  },
  {
    name: "NUL in an embed parameter",
    path: "/embed/outcomes.svg?theme=dark%00",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Parameter "theme" contains a NUL/,
  },
  {
    name: "NUL in an oEmbed url",
    path: "/oembed?url=http%3A%2F%2Fx%00",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Parameter "url" contains a NUL/,
  },
  {
    name: "NUL in a GraphQL string literal",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ jurisdiction(slug: "oregon\\u0000") { name } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /contains a NUL character/,
  },
  {
    name: "NUL in a GraphQL variable",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`query($s: ID!) { batch(id: $s) { id } }`, { s: "b\u0000" }),
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /"variables\.s" contains a NUL/,
  },
  {
    name: "NUL in a GraphQL GET query",
    path: `/graphql?query=${encodeURIComponent('{ source(id: "a\u0000") { id } }')}`,
    headers: { "apollo-require-preflight": "1" },
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Parameter "query" contains a NUL/,
  },
  // Automatic persisted queries.
  {
    name: "persisted-query hash mismatch",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ dataset { version } }`, undefined, {
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    }),
    status: 400,
    code: "BAD_REQUEST",
    hint: /sha256Hash is not the SHA-256 of the query/,
  },
  {
    name: "persisted-query version 2",
    path: "/graphql",
    headers: JSON_HEADERS,
    body: graphqlBody(`{ dataset { version } }`, undefined, {
      extensions: { persistedQuery: { version: 2, sha256Hash: "x" } },
    }),
    status: 400,
    code: "BAD_REQUEST",
    hint: /version must be 1/,
  },
  // Names that live on every object's prototype.
  {
    name: "constructor as a counts parameter",
    path: "/api/v1/counts.json?constructor=1",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Unknown parameter "constructor"/,
  },
  {
    name: "toString as a batches parameter",
    path: "/api/v1/batches.json?toString=x",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Unknown parameter "toString"/,
  },
  {
    name: "__proto__ as an embed parameter",
    path: "/embed/outcomes.json?__proto__=x",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Unknown parameter "__proto__"/,
  },
  {
    name: "hasOwnProperty as an oEmbed parameter",
    path: "/oembed?hasOwnProperty=1",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /Unknown parameter "hasOwnProperty"/,
  },
  {
    name: "/graphiql-assets/constructor",
    path: "/graphiql-assets/constructor",
    status: 404,
    code: "NOT_FOUND",
    hint: /Nothing at \/graphiql-assets\/constructor/,
  },
  {
    name: "/graphiql-assets/__proto__",
    path: "/graphiql-assets/__proto__",
    status: 404,
    code: "NOT_FOUND",
    hint: /Nothing at/,
  },
  // Headers and addresses.
  {
    name: "Host: a<b",
    path: "/embed/outcomes.svg",
    headers: { host: "a<b" },
    status: 400,
    code: "BAD_REQUEST",
    hint: /The Host header "a<b" is not a host name/,
  },
  {
    name: "oEmbed of another site (SSRF)",
    path: `/oembed?url=${encodeURIComponent("http://169.254.169.254/embed/outcomes")}`,
    status: 404,
    code: "NOT_FOUND",
    hint: /Only addresses on 127\.0\.0\.1:\d+ can be embedded/,
  },
  {
    name: "oEmbed of a relative url",
    path: "/oembed?url=%2Fembed%2Foutcomes",
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /is not an absolute address/,
  },
  {
    name: "path traversal in the explorer's assets",
    path: "/graphiql-assets/..%2F..%2Fpackage.json",
    status: 404,
    code: "NOT_FOUND",
    hint: /Nothing at/,
  },
  {
    name: "path traversal past the site",
    path: "/../../etc/passwd",
    status: 404,
    code: null,
    hint: /<title>Subpoena Tracker<\/title>/,
  },
  // Status codes.
  {
    name: "DELETE on a download",
    method: "DELETE",
    path: "/api/v1/counts.json",
    status: 405,
    code: "METHOD_NOT_ALLOWED",
    hint: /use GET or HEAD/,
    also: (r) => expect(r.headers.get("allow")).toBe("GET, HEAD, OPTIONS"),
  },
  {
    name: "PUT on /graphql",
    method: "PUT",
    path: "/graphql",
    headers: JSON_HEADERS,
    body: "{}",
    status: 405,
    code: "METHOD_NOT_ALLOWED",
    hint: /use GET or HEAD or POST/,
    also: (r) => expect(r.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS"),
  },
  {
    name: "POST on an embed image",
    method: "POST",
    path: "/embed/outcomes.png",
    body: "",
    status: 405,
    code: "METHOD_NOT_ALLOWED",
    hint: /use GET or HEAD/,
    also: (r) => expect(r.headers.get("allow")).toContain("GET"),
  },
  {
    name: "an unknown API path",
    path: "/api/v1/secrets.csv",
    status: 404,
    code: "NOT_FOUND",
    hint: /GET \/api\/v1\/ lists the endpoints/,
  },
  // What already held: CSRF, batching, depth, aliases, huge and malformed bodies, fragment cycles, injection.
  {
    name: "a simple GET without a preflight header (CSRF)",
    path: `/graphql?query=${encodeURIComponent("{ dataset { version } }")}`,
    status: 400,
    code: "BAD_REQUEST",
    hint: /Cross-Site Request Forgery/,
  },
  {
    name: "a text/plain POST (CSRF)",
    path: "/graphql",
    headers: { "content-type": "text/plain" },
    body: graphqlBody("{ dataset { version } }"),
    status: 400,
    code: "BAD_REQUEST",
    hint: /Cross-Site Request Forgery/,
  },
  {
    name: "a batch of operations",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: JSON.stringify([{ query: "{ dataset { version } }" }, { query: "{ dataset { version } }" }]),
    status: 400,
    code: "BAD_REQUEST",
    hint: /batching/i,
  },
  {
    name: "nesting past the depth limit",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(deep(10)),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /nests fields 11 levels deep; the maximum is 8/,
  },
  {
    name: "too many aliases",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: dataset { version }`).join(" ")} }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /uses 31 aliases; the maximum is 30. Use list arguments/,
  },
  {
    name: "a body over the size limit",
    path: "/graphql",
    headers: JSON_HEADERS,
    body: graphqlBody("{ dataset { version } }", { pad: "x".repeat(120_000) }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    hint: /larger than the limit of 100000 bytes/,
  },
  {
    name: "malformed JSON",
    path: "/graphql",
    headers: JSON_HEADERS,
    body: '{"query": "{ dataset',
    status: 400,
    code: "BAD_REQUEST",
    hint: /not valid JSON/,
  },
  {
    name: "variables that are not an object",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: JSON.stringify({ query: "{ dataset { version } }", variables: "x" }),
    status: 400,
    code: "BAD_REQUEST",
    hint: /variables/,
  },
  {
    name: "a fragment cycle",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /Cannot spread fragment "A" within itself/,
  },
  {
    name: "SQL in a slug parameter",
    path: `/api/v1/batches.json?jurisdiction=${encodeURIComponent("x' OR 1=1 --")}`,
    status: 400,
    code: "BAD_USER_INPUT",
    hint: /is not a slug/,
  },
  {
    name: "SQL in a GraphQL filter",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ batches(filter: { jurisdictions: ["x'); DROP TABLE batches; --"] }) { totalCount } }`),
    status: 200,
    code: "BAD_USER_INPUT",
    hint: /a slug is lower-case letters, digits and hyphens/,
  },
  // Documents that cost more to check than they are worth.
  {
    name: "more tokens than the limit",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ dataset { ${"version ".repeat(2100)} } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /more than 2000 tokens, the limit/,
  },
  {
    name: "1,900 copies of one field",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ dataset { ${"version ".repeat(1900)} } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /"version" is selected 1900 times in one selection set; the limit is 10/,
  },
  {
    name: "one field repeated through fragments",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(
      `{ dataset { ${Array.from({ length: 12 }, (_, i) => `...F${i}`).join(" ")} } } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Dataset { version }`).join(" ")}`,
    ),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /"version" is selected 12 times/,
  },
  {
    name: "ten unknown directives",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(`{ dataset ${"@aa ".repeat(10)}{ version } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /Unknown directive @aa\. Queries here may use @include and @skip/,
    also: (r) => expect(JSON.parse(r.body).errors).toHaveLength(1),
  },
  {
    name: "more directives than the limit",
    path: "/graphql",
    headers: GRAPHQL_HEADERS,
    body: graphqlBody(
      `{ dataset { ${Array.from({ length: 11 }, (_, i) => `v${i}: version @include(if: true)`).join(" ")} } }`,
    ),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    hint: /uses 11 directives; the limit is 10/,
  },
];

describe("attack suite: bad input", () => {
  let server: TestServer;
  let webDist: string;
  beforeAll(async () => {
    // A stand-in for the built dashboard, so unknown pages can be told from known ones.
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), "st-web-"));
    fs.writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>Subpoena Tracker</title>");
    server = await startTestServer({ webDistDir: webDist, api: loadConfig({}).api });
    await warmUp(server.url);
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it.each(ATTACKS.map((a) => [a.name, a] as const))("%s", async (_name, attack) => {
    expectRefusal(await send(server.url, attack), attack);
    await expectNormalQueryAnswered(server.url);
  });

  it("serves an unknown page as the app shell with status 404, and known pages with 200", async () => {
    const unknown = await fetch(`${server.url}/no/such/page`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("<title>Subpoena Tracker</title>");
    for (const page of ["/", "/jurisdictions", "/jurisdictions/oregon", "/methodology"]) {
      expect((await fetch(`${server.url}${page}`)).status).toBe(200);
    }
    await expectNormalQueryAnswered(server.url);
  });

  it("writes its own address into embed links, whatever Host the client sends", async () => {
    const res = await rawRequest(
      `${server.url}/oembed?url=${encodeURIComponent(`${server.url}/embed/outcomes`)}`,
      "GET",
      { host: "evil.example" },
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { html: string; thumbnail_url: string };
    expect(body.thumbnail_url.startsWith(`${server.url}/embed/outcomes.png`)).toBe(true);
    expect(body.html).not.toContain("evil.example");
  });
});
