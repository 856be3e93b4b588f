import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { rawRequest } from "./attack-helpers";

describe("security headers", () => {
  let server: TestServer;
  let webDist: string;
  beforeAll(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), "st-web-"));
    fs.writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>Subpoena Tracker</title>");
    server = await startTestServer({ webDistDir: webDist, trustProxy: 1 });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });
  const get = (url: string, headers: Record<string, string> = {}) => fetch(`${server.url}${url}`, { headers });

  it("sends nosniff and a Referrer-Policy on every answer, errors included", async () => {
    for (const url of ["/", "/healthz", "/api/v1/counts.json", "/api/v1/nope", "/embed/outcomes.svg", "/graphql?x=1"]) {
      const res = await get(url);
      expect(res.headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), url).toBe("strict-origin-when-cross-origin");
    }
  });

  it("lets only the site itself frame the dashboard and the explorer", async () => {
    const dashboard = await get("/jurisdictions/oregon");
    expect(dashboard.headers.get("content-security-policy")).toMatch(/frame-ancestors 'self'/);
    expect(dashboard.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
    expect(dashboard.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const explorer = await get("/graphql", { accept: "text/html" });
    const policy = explorer.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/frame-ancestors 'self'/);
    // The one inline script runs because the policy names its hash; nothing else inline would.
    const html = await explorer.text();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256").update(inline[0]).digest("base64");
    expect(policy).toContain(`'sha256-${hash}'`);
  });

  it("serves SVG images with nothing allowed to run and a sandbox", async () => {
    const res = await get("/embed/outcomes.svg");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
  });

  it("sends HSTS only over TLS (here: behind a trusted proxy that says https)", async () => {
    expect((await get("/healthz")).headers.get("strict-transport-security")).toBeNull();
    const tls = await get("/healthz", { "x-forwarded-proto": "https" });
    expect(tls.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("opens public reads to every origin, never with credentials", async () => {
    for (const url of ["/api/v1/counts.json", "/embed/outcomes.json"]) {
      const res = await get(url, { origin: "https://news.example" });
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    }
    const withCookie = await get("/api/v1/counts.json", { origin: "https://news.example", cookie: "session=x" });
    expect(withCookie.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://news.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Content-Type/);
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    // The dashboard is not a public API: no CORS headers there.
    expect((await get("/", { origin: "https://news.example" })).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("behind a trusted proxy, writes links with the host the proxy reports, and refuses a malformed one", async () => {
    const good = await rawRequest(`${server.url}/embed/outcomes.json`, "GET", {
      "x-forwarded-host": "subpoenas.example.org",
      "x-forwarded-proto": "https",
    });
    expect(JSON.parse(good.body).links.dashboard).toMatch(/^https:\/\/subpoenas\.example\.org\//);
    const bad = await rawRequest(`${server.url}/embed/outcomes.json`, "GET", { "x-forwarded-host": "a<b" });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/is not a host name/);
  });
});
