import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes on the wire, still encoded. */
  body: Buffer;
}

/**
 * A GET with exactly the headers given. fetch() would add its own Accept-Encoding and decode the body, which is the
 * very thing under test.
 */
function rawRequest(url: string, headers: Record<string, string> = {}, method = "GET", body?: string) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

function decode(response: RawResponse): Buffer {
  switch (response.headers["content-encoding"]) {
    case "br":
      return zlib.brotliDecompressSync(response.body);
    case "gzip":
      return zlib.gunzipSync(response.body);
    case undefined:
      return response.body;
    default:
      throw new Error(`unexpected Content-Encoding ${response.headers["content-encoding"]}`);
  }
}

const varies = (response: RawResponse): string[] =>
  String(response.headers.vary ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase());

/** Text that compresses well and is larger than the compression threshold, as built scripts are. */
function script(name: string): string {
  return Array.from({ length: 200 }, (_, i) => `export const ${name}${i} = "value number ${i}";`).join("\n");
}

const HOME_SHELL = "<!--shell:home--><header><h1>How many subpoenas</h1></header><!--/shell:home-->";

/**
 * A build folder shaped like web/dist after `vite build`: hashed assets with their brotli and gzip copies (as the
 * build's precompress plugin writes them), an HTML shell, an unhashed file, and a source map that must not be served.
 */
function writeBuild(dir: string): { mainJs: string; indexHtml: string; favicon: string } {
  const mainJs = script("main");
  // The home page's prerendered first paint sits between markers (web/vite-plugins/prerender-shell.ts).
  const indexHtml = `<!doctype html><html lang="en"><head><title>Subpoena Tracker</title></head><body><div id="root">${HOME_SHELL}</div>${"<p>shell</p>".repeat(200)}<script type="module" src="/assets/main-Ab3_d-9Z.js"></script></body></html>`;
  const favicon = `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(100)}</svg>`;
  fs.mkdirSync(path.join(dir, "assets"));
  const files: Record<string, string> = {
    "assets/main-Ab3_d-9Z.js": mainJs,
    "assets/main-Ab3_d-9Z.js.map": JSON.stringify({ version: 3, sources: ["secret.ts"], mappings: "" }),
    "assets/gzip-only-Q1w2E3r4.css": `body{color:red}\n`.repeat(100),
    "index.html": indexHtml,
    "favicon.svg": favicon,
  };
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  for (const name of ["assets/main-Ab3_d-9Z.js", "index.html"]) {
    fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(files[name]));
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(files[name]));
  }
  fs.writeFileSync(
    path.join(dir, "assets/gzip-only-Q1w2E3r4.css.gz"),
    zlib.gzipSync(files["assets/gzip-only-Q1w2E3r4.css"]),
  );
  return { mainJs, indexHtml, favicon };
}

describe("web delivery: static files", () => {
  let server: TestServer;
  let distDir: string;
  let build: ReturnType<typeof writeBuild>;

  beforeAll(async () => {
    distDir = fs.mkdtempSync(path.join(os.tmpdir(), "web-dist-"));
    build = writeBuild(distDir);
    server = await startTestServer({ webDistDir: distDir });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it("sends the brotli copy of a hashed asset to clients that accept br, cached for a year as immutable", async () => {
    const res = await rawRequest(`${server.url}/assets/main-Ab3_d-9Z.js`, { "accept-encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(varies(res)).toContain("accept-encoding");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(build.mainJs.length / 4);
    expect(decode(res).toString()).toBe(build.mainJs);
  });

  it("sends the gzip copy when the client prefers gzip or accepts only gzip", async () => {
    for (const acceptEncoding of ["gzip", "br;q=0.5, gzip"]) {
      const res = await rawRequest(`${server.url}/assets/main-Ab3_d-9Z.js`, { "accept-encoding": acceptEncoding });
      expect(res.headers["content-encoding"], acceptEncoding).toBe("gzip");
      expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
      expect(decode(res).toString()).toBe(build.mainJs);
    }
    // A file the build had only a gzip copy of is still negotiated, never sent as br.
    const css = await rawRequest(`${server.url}/assets/gzip-only-Q1w2E3r4.css`, { "accept-encoding": "br, gzip" });
    expect(css.headers["content-encoding"]).toBe("gzip");
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
  });

  it("sends the file itself, still saying it varies, to clients that accept no encoding", async () => {
    const choices: Record<string, string>[] = [
      {},
      { "accept-encoding": "identity" },
      { "accept-encoding": "br;q=0, gzip;q=0" },
    ];
    for (const headers of choices) {
      const res = await rawRequest(`${server.url}/assets/main-Ab3_d-9Z.js`, headers);
      expect(res.status).toBe(200);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.body.toString()).toBe(build.mainJs);
      expect(varies(res)).toContain("accept-encoding");
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
  });

  it("has the HTML shell and unhashed files revalidated, and answers 304 to a client that holds them", async () => {
    for (const route of ["/", "/jurisdictions/denver-co", "/batches?state=OR"]) {
      const res = await rawRequest(`${server.url}${route}`, { "accept-encoding": "br" });
      expect(res.status, route).toBe(200);
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(res.headers["content-encoding"]).toBe("br");
      expect(res.headers["cache-control"]).toBe("no-cache");
      // The shell, with the page's link card written into its head (share-cards.test.ts checks the card).
      const html = decode(res).toString();
      const card = /<(?:meta property|meta name="twitter|link rel="alternate" type="application\/json\+oembed)[^>]*>/g;
      expect(html).toMatch(card);
      // The home page keeps its prerendered title; every other page starts empty, never with the home page's.
      const expected = route === "/" ? build.indexHtml : build.indexHtml.replace(HOME_SHELL, "");
      expect(html.replace(card, "").replace(/>\s+</g, "><"), route).toBe(expected);
      expect(html.includes("How many subpoenas"), route).toBe(route === "/");
    }
    const favicon = await rawRequest(`${server.url}/favicon.svg`, { "accept-encoding": "br" });
    expect(favicon.headers["cache-control"]).toBe("no-cache");
    expect(favicon.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(decode(favicon).toString()).toBe(build.favicon);

    const first = await rawRequest(`${server.url}/`, { "accept-encoding": "gzip" });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await rawRequest(`${server.url}/`, { "accept-encoding": "gzip", "if-none-match": etag });
    expect(again.status).toBe(304);
    // The shell is compressed on the fly: a weak validator names the page in any encoding.
    const other = await rawRequest(`${server.url}/`, { "accept-encoding": "br", "if-none-match": etag });
    expect(other.status).toBe(304);
  });

  it("never serves source maps or the compressed copies by name, and a missing asset is a 404, not the shell", async () => {
    for (const file of [
      "/assets/main-Ab3_d-9Z.js.map",
      "/assets/main-Ab3_d-9Z.js.br",
      "/index.html.gz",
      "/assets/main-Zz9_x-0Y.js",
      "/assets/nothing",
    ]) {
      const res = await rawRequest(`${server.url}${file}`, { "accept-encoding": "br, gzip" });
      expect(res.status, file).toBe(404);
      expect(res.body.toString()).not.toContain("secret.ts");
      expect(res.body.toString()).not.toContain("<html");
    }
  });

  it("never sends a file from outside the build", async () => {
    fs.writeFileSync(path.join(path.dirname(distDir), "outside-web-dist.txt"), "private");
    for (const target of [
      "/../outside-web-dist.txt",
      "/%2e%2e/outside-web-dist.txt",
      "/assets/..%2f..%2foutside-web-dist.txt",
    ]) {
      const res = await rawRequest(`${server.url}${target}`);
      expect(res.body.toString(), target).not.toContain("private");
    }
  });
});

describe("web delivery: API answers", () => {
  let server: TestServer;

  beforeAll(async () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "web-dist-"));
    fs.writeFileSync(
      path.join(distDir, "embed.html"),
      "<!doctype html><html><head><title>x</title></head><body></body></html>",
    );
    server = await startTestServer({ webDistDir: distDir });
  });
  afterAll(() => server?.close());

  const LARGE_QUERY = `{ batches(first: 100) { nodes { id issuedOn jurisdiction { name } agencies { name kind } sources { publisher title url } } } }`;

  it("compresses GraphQL answers as the client accepts, and sends them plain otherwise", async () => {
    const post = (acceptEncoding?: string) =>
      rawRequest(
        `${server.url}/graphql`,
        {
          "content-type": "application/json",
          ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : null),
        },
        "POST",
        JSON.stringify({ query: LARGE_QUERY }),
      );
    const plain = await post();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const expected = JSON.parse(plain.body.toString());
    expect(expected.data.batches.nodes.length).toBeGreaterThan(0);
    expect(plain.body.length).toBeGreaterThan(1024);
    for (const coding of ["br", "gzip"]) {
      const res = await post(coding);
      expect(res.headers["content-encoding"]).toBe(coding);
      expect(varies(res)).toContain("accept-encoding");
      expect(res.body.length).toBeLessThan(plain.body.length);
      expect(JSON.parse(decode(res).toString())).toEqual(expected);
    }
  });

  it("compresses the CSV and JSON twins, and streams the batch download compressed", async () => {
    for (const url of ["/api/v1/batches.csv", "/api/v1/batches.json", "/api/v1/counts.json?groupBy=JURISDICTION"]) {
      const plain = await rawRequest(`${server.url}${url}`);
      expect(plain.status, url).toBe(200);
      const res = await rawRequest(`${server.url}${url}`, { "accept-encoding": "gzip, br" });
      expect(res.headers["content-encoding"], url).toBe("br");
      expect(res.headers["content-type"]).toBe(plain.headers["content-type"]);
      expect(decode(res).toString()).toBe(plain.body.toString());
    }
    const stream = await rawRequest(`${server.url}/api/v1/batches.csv`, { "accept-encoding": "gzip" });
    expect(stream.headers["content-encoding"]).toBe("gzip");
    // Streamed as it is produced: no length known in advance.
    expect(stream.headers["transfer-encoding"]).toBe("chunked");
    expect(stream.headers["content-length"]).toBeUndefined();
  });

  it("compresses embed pages and SVG images, but not PNGs, which are compressed already", async () => {
    const page = await rawRequest(`${server.url}/embed/subpoenas-over-time`, { "accept-encoding": "br" });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("br");
    expect(decode(page).toString()).toContain('<script id="');
    const svg = await rawRequest(`${server.url}/embed/subpoenas-over-time.svg`, { "accept-encoding": "gzip" });
    expect(svg.headers["content-encoding"]).toBe("gzip");
    expect(decode(svg).toString()).toMatch(/^<\?xml[^>]*>\s*<svg/);
    const png = await rawRequest(`${server.url}/embed/subpoenas-over-time.png`, { "accept-encoding": "br, gzip" });
    expect(png.status).toBe(200);
    expect(png.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves answers too small to gain alone", async () => {
    const res = await rawRequest(`${server.url}/healthz`, { "accept-encoding": "br, gzip" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual({ ok: true });
  });
});
