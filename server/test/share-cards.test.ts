import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBED_TEMPLATE } from "./helpers/embed-page";
import { startTestServer, type TestServer } from "./helpers/server";
import { readZip } from "./helpers/zip";

/** Stand-ins for the built web/dist shells, so that these tests do not depend on a web build. */
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>Subpoena Tracker</title>
    <meta name="description" content="The generic description." />
  </head>
  <body><div id="root"></div></body>
</html>
`;

const PUBLIC_URL = "https://subpoenas.example.org";

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The <head>'s meta properties and oEmbed link, as an unfurler reads them: from the HTML alone, no script run. */
function card(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf("</head>"));
  const found: Record<string, string> = {};
  for (const m of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    found[m[1]] = decodeEntities(m[2]);
  }
  const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(head);
  if (oembed) found.oembed = decodeEntities(oembed[1]);
  return found;
}

describe("link cards: Open Graph tags in the served HTML", () => {
  let server: TestServer;
  let distDir: string;
  const get = (url: string) => fetch(`${server.url}${url}`);
  const cardOf = async (url: string): Promise<Record<string, string>> => {
    const res = await get(url);
    expect(res.status, url).toBe(200);
    expect(res.headers.get("content-type"), url).toMatch(/^text\/html/);
    return card(await res.text());
  };
  /** Fetches an absolute PUBLIC_URL address from the test server: the path and query are what matter. */
  const fetchPublic = (absolute: string) => {
    expect(absolute.startsWith(`${PUBLIC_URL}/`), absolute).toBe(true);
    return get(absolute.slice(PUBLIC_URL.length));
  };

  beforeAll(async () => {
    distDir = fs.mkdtempSync(path.join(os.tmpdir(), "share-dist-"));
    fs.writeFileSync(path.join(distDir, "index.html"), INDEX);
    fs.writeFileSync(path.join(distDir, "embed.html"), EMBED_TEMPLATE);
    server = await startTestServer({ webDistDir: distDir, publicUrl: PUBLIC_URL });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it("gives the dashboard the chart's title, figures and PNG, and oEmbed discovery", async () => {
    const tags = await cardOf("/?state=OR");
    expect(tags["og:title"]).toMatch(/Subpoena Tracker/);
    expect(tags["og:description"]).not.toBe("The generic description.");
    expect(tags["og:description"]).toMatch(/Oregon|OR/);
    expect(tags.description).toBe(tags["og:description"]);
    expect(tags["og:url"]).toBe(`${PUBLIC_URL}/?state=OR`);
    expect(tags["og:image"]).toMatch(new RegExp(`^${PUBLIC_URL}/embed/subpoenas-over-time\\.png\\?`));
    expect(new URL(tags["og:image"]).searchParams.get("state")).toBe("OR");
    expect(tags["twitter:card"]).toBe("summary_large_image");
    const image = await fetchPublic(tags["og:image"]);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");

    expect(new URL(tags.oembed).pathname).toBe("/oembed");
    expect(new URL(tags.oembed).searchParams.get("url")).toBe(`${PUBLIC_URL}/?state=OR`);
    const oembed = await fetchPublic(tags.oembed);
    expect(oembed.status).toBe(200);
    const body = (await oembed.json()) as { type: string; html: string };
    expect(body.type).toBe("rich");
    expect(body.html).toContain("/embed/subpoenas-over-time");
  });

  it("pictures the view a dashboard link names (#-less: drill names the chart)", async () => {
    const tags = await cardOf("/?drill=outcomes");
    expect(tags["og:image"]).toMatch(new RegExp(`^${PUBLIC_URL}/embed/outcomes\\.png`));
  });

  it("gives a jurisdiction page its name and its own chart", async () => {
    const tags = await cardOf("/jurisdictions/denver-co");
    expect(tags["og:title"]).toContain("Denver");
    expect(tags["og:description"]).toContain("Denver");
    expect(new URL(tags["og:image"]).searchParams.get("jurisdiction")).toBe("denver-co");
    expect((await fetchPublic(tags["og:image"])).headers.get("content-type")).toBe("image/png");
  });

  it("gives every record page a card: batch, source, court case", async () => {
    const batch = await cardOf("/batches/2020-01-13-denver");
    expect(batch["og:title"]).toContain("Denver");
    expect(batch["og:title"]).toContain("13 Jan 2020");
    expect(new URL(batch["og:image"]).searchParams.get("jurisdiction")).toBe("denver-co");

    const source = await cardOf("/sources/westword-2020-01-denver");
    expect(source["og:title"]).toContain("ICE director taunting Denver officials");
    expect(source["og:image"]).toMatch(new RegExp(`^${PUBLIC_URL}/embed/[a-z-]+\\.png`));

    const courtCase = await cardOf("/court-cases/ice-v-gomez-2020");
    expect(courtCase["og:title"]).toContain("Gomez");
    expect(courtCase["og:image"]).toMatch(new RegExp(`^${PUBLIC_URL}/embed/[a-z-]+\\.png`));

    const records = await cardOf("/batches?state=OR");
    expect(records["og:image"]).toMatch(/\.png/);
  });

  it("gives the embed page a card with its PNG", async () => {
    const tags = await cardOf("/embed/outcomes?state=CO");
    expect(tags["og:title"]).toMatch(/Subpoena Tracker/);
    expect(tags["og:image"]).toMatch(new RegExp(`^${PUBLIC_URL}/embed/outcomes\\.png\\?`));
    expect(new URL(tags["og:image"]).searchParams.get("state")).toBe("CO");
    expect(tags.oembed).toBeDefined();
  });

  it("escapes what it writes, and a bad filter still gets the site's card, not a broken page", async () => {
    const res = await get(`/?state=ZZ&x="><script>alert(1)</script>`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain("<script>alert(1)");
    const tags = card(html);
    expect(tags["og:image"]).toMatch(/\.png/);
  });

  it("gives an unknown record the bare shell, and the editor no card", async () => {
    const missing = await get("/batches/no-such-batch");
    expect(card(await missing.text())["og:title"]).toBeUndefined();
    const editor = await get("/editor");
    expect(card(await editor.text())["og:title"]).toBeUndefined();
  });

  it("revalidates the shell by a validator of what was sent", async () => {
    const first = await get("/jurisdictions/denver-co");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\//);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const again = await fetch(`${server.url}/jurisdictions/denver-co`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("names a chart's CSV and JSON downloads after what they hold", async () => {
    const csv = await get("/api/v1/counts.csv?groupBy=PERIOD&interval=MONTH&state=OR&from=2020-01&to=2020-12");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe('inline; filename="subpoenas-by-month-oregon-2020.csv"');
    const json = await get("/api/v1/counts.json?groupBy=OUTCOME&jurisdiction=denver-co");
    expect(json.headers.get("content-disposition")).toBe('inline; filename="subpoenas-by-outcome-denver-co.json"');
  });

  it("words the batches' notes for readers, with no internal wording", async () => {
    const answer = await server.graphql<{ batches: { nodes: { id: string; notes: string | null }[] } }>(
      "{ batches(first: 100) { nodes { id notes } } }",
    );
    const notes = answer.data?.batches.nodes ?? [];
    expect(notes.length).toBeGreaterThan(0);
    for (const batch of notes) expect(batch.notes ?? "", batch.id).not.toMatch(/seed article/i);
    const denver = notes.find((b) => b.id === "2020-01-13-denver");
    // The fact stays, credited to the source that supports it (townhall-2020-02-15 quotes "several subpoenas").
    expect(denver?.notes).toContain("Townhall (15 Feb 2020) reported only 'several' subpoenas to Denver.");
  });

  it("stamps the data package with the dataset version and when it was made", async () => {
    const answer = await server.graphql<{ dataset: { version: number; updatedAt: string } }>(
      "{ dataset { version updatedAt } }",
    );
    const dataset = answer.data!.dataset;
    const res = await get("/api/v1/datapackage.zip");
    const descriptor = JSON.parse(
      readZip(Buffer.from(await res.arrayBuffer()))
        .get("datapackage.json")!
        .toString(),
    );
    expect(descriptor.version).toBe(String(dataset.version));
    expect(descriptor.created).toBe(dataset.updatedAt);
  });

  it("answers as docs/api.md says: groupBy is required, [] gives the total alone", async () => {
    const docs = fs.readFileSync(path.resolve(__dirname, "..", "..", "docs", "api.md"), "utf8");
    expect(docs).toContain("`groupBy` is required");
    const without = await server.graphql("{ subpoenaCounts { total { subpoenas } } }");
    expect(without.errors?.[0]?.message).toMatch(/groupBy/);
    const empty = await server.graphql<{ subpoenaCounts: { buckets: unknown[]; total: { subpoenas: number } } }>(
      "{ subpoenaCounts(groupBy: []) { buckets { subpoenas } total { subpoenas } } }",
    );
    expect(empty.errors).toBeUndefined();
    expect(empty.data?.subpoenaCounts.total.subpoenas).toBeGreaterThan(0);
  });

  it("names only settings that exist in the docs", () => {
    const example = fs.readFileSync(path.resolve(__dirname, "..", "..", ".env.example"), "utf8");
    const docs = fs.readFileSync(path.resolve(__dirname, "..", "..", "docs", "embeds.md"), "utf8");
    for (const [, name] of docs.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)) {
      expect(example, `docs/embeds.md names ${name}`).toMatch(new RegExp(`^#?\\s*${name}=`, "m"));
    }
  });
});

describe("link cards and the rate limit", () => {
  let server: TestServer;
  let distDir: string;
  beforeAll(async () => {
    distDir = fs.mkdtempSync(path.join(os.tmpdir(), "share-dist-"));
    fs.writeFileSync(path.join(distDir, "index.html"), INDEX);
    server = await startTestServer({ webDistDir: distDir, rateLimit: { points: 5, windowSeconds: 600 } });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it("charges each page a point, so a client varying the address cannot run a query per card for free", async () => {
    // Each address is new to the card cache: before the fix, every one ran a counts query, uncharged.
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await fetch(`${server.url}/?state=OR&v=${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Scripts and files stay free, and health checks are never limited.
    expect((await fetch(`${server.url}/index.html`)).status).not.toBe(429);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
