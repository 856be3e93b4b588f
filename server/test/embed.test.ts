import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inlined, EMBED_TEMPLATE } from "./helpers/embed-page";
import { startTestServer, type TestServer } from "./helpers/server";

const COUNTS = `query EmbedTest_Counts($filter: BatchFilter, $groupBy: [CountDimension!]!) {
  subpoenaCounts(filter: $filter, groupBy: $groupBy, interval: MONTH) {
    buckets { period subpoenas }
    total { subpoenas }
  }
}`;

/** The text content of every <text> element of an SVG, in document order, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]
      .replace(/&amp;/g, "&")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"'),
  );
}

interface OembedBody {
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("embeds", () => {
  let server: TestServer;
  let distDir: string;
  const get = (url: string, headers: Record<string, string> = {}) => fetch(`${server.url}${url}`, { headers });

  beforeAll(async () => {
    distDir = fs.mkdtempSync(path.join(os.tmpdir(), "embed-dist-"));
    fs.writeFileSync(path.join(distDir, "embed.html"), EMBED_TEMPLATE);
    server = await startTestServer({ webDistDir: distDir });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  describe("SVG", () => {
    it("is an SVG of the asked size with a title and a text alternative", async () => {
      const res = await get("/embed/subpoenas-over-time.svg?width=720&height=420");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      const svg = await res.text();
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('width="720" height="420" viewBox="0 0 720 420"');
      expect(svg).toContain('<title id="st-chart-title">ICE subpoenas served per month</title>');
      // The months with subpoenas are named; the 62 empty ones of the 67 (Jan 2020 to Jul 2025) are counted, not read out.
      expect(svg).toContain(
        '<desc id="st-chart-desc">Stacked column chart of ICE subpoenas served per month, January 2020 to July 2025: 34 in total; January 2020 8, February 2020 14, April 2025 1, May 2025 1, July 2025 10, none in the other 62 months.',
      );
      expect(svg).not.toContain("NaN");
    });

    it("writes the same per-month totals as the GraphQL API", async () => {
      const api = await server.graphql<{ subpoenaCounts: { buckets: { period: string; subpoenas: number }[] } }>(
        COUNTS,
        {
          groupBy: ["PERIOD"],
        },
      );
      const buckets = api.data!.subpoenaCounts.buckets;
      expect(buckets.length).toBeGreaterThan(0);
      const svg = await (await get("/embed/subpoenas-over-time.svg?stack=none")).text();
      const texts = svgTexts(svg);
      const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
      for (const bucket of buckets) {
        // Each column writes its total above it, and names its month and total in its tooltip (the axis labels only
        // some months when there are many).
        expect(texts).toContain(String(bucket.subpoenas));
        const month = `${months[Number(bucket.period.slice(5, 7)) - 1]} ${bucket.period.slice(0, 4)}`;
        expect(svg).toContain(`<title>${month}: ${bucket.subpoenas} subpoena`);
      }
    });

    it("writes each place's number beside its name, as the JSON twin counts it, for the same filter", async () => {
      for (const filter of ["", "state=OR", "outcome=DECLINED,COURT_ORDERED&from=2020-01&to=2020-02"]) {
        const twin = (await (await get(`/api/v1/counts.json?groupBy=JURISDICTION&${filter}`)).json()) as {
          buckets: { jurisdictionName: string; subpoenas: number }[];
          total: { subpoenas: number };
        };
        const svg = await (await get(`/embed/by-jurisdiction.svg?${filter}`)).text();
        const texts = svgTexts(svg);
        expect(twin.buckets.length).toBeGreaterThan(0);
        for (const bucket of twin.buckets) {
          // A county says its state on the chart ("Washington County, OR"): its name alone is ambiguous.
          const at = texts.findIndex(
            (t) => t === bucket.jurisdictionName || new RegExp(`^${bucket.jurisdictionName}, [A-Z]{2}$`).test(t),
          );
          expect(at, `${bucket.jurisdictionName} in ${texts.join(" | ")}`).toBeGreaterThan(-1);
          expect(texts[at + 1]).toBe(String(bucket.subpoenas));
        }
        expect(svg).toContain(`${twin.total.subpoenas} in total`);
      }
    });

    it("says the filter in its words", async () => {
      const svg = await (await get("/embed/outcomes.svg?jurisdiction=oregon")).text();
      // Washington County's 2 complied; Oregon's 5 (2020) and 10 (2025) are Mixed.
      expect(svg).toContain(
        "Bar chart of the outcomes of ICE subpoenas served (Oregon), February 2020 to July 2025: 17 in total;",
      );
    });

    it("switches to dark for readers who prefer it with theme=auto, and is transparent on request", async () => {
      const auto = await (await get("/embed/outcomes.svg?theme=auto")).text();
      expect(auto).toContain("@media (prefers-color-scheme: dark)");
      const transparent = await (await get("/embed/outcomes.svg?transparent=1")).text();
      expect(transparent).not.toContain('class="st-bg"');
    });
  });

  describe("agency filters", () => {
    interface TwinCounts {
      buckets: { jurisdiction: string; jurisdictionName: string; subpoenas: number; batches: number }[];
      total: { subpoenas: number; batches: number; unknownCountBatches: number };
    }
    interface EmbedJson {
      counts: {
        buckets: { jurisdiction: { slug: string; name: string } | null; subpoenas: number; batches: number }[];
        total: { subpoenas: number; batches: number; unknownCountBatches: number };
      };
      context: { filterLabel: string | null };
      links: { csv: string; dashboard: string };
    }

    it("agency= draws the places of the batches served on it, and says so", async () => {
      const res = await get("/embed/by-jurisdiction.svg?agency=wasco-county-sheriff");
      expect(res.status).toBe(200);
      const svg = await res.text();
      const texts = svgTexts(svg);
      const at = texts.indexOf("Oregon");
      expect(at, texts.join(" | ")).toBeGreaterThan(-1);
      expect(texts[at + 1]).toBe("5");
      expect(svg).toContain(
        '<desc id="st-chart-desc">Bar chart of ICE subpoenas served by jurisdiction (served on Wasco County Sheriff&#x27;s Office), February 2020: 5 in total; Oregon 5.',
      );
      expect(texts).toContain("5 subpoenas in 1 batch, Feb 2020 · served on Wasco County Sheriff's Office");
    });

    it.each([
      "agency=wasco-county-sheriff",
      "agency=washington-county-or-sheriff,hillsboro-police",
      "agencyJurisdiction=washington-county-or",
      "excludeJurisdiction=oregon",
      "agencyJurisdiction=wasco-county-or&excludeJurisdiction=wasco-county-or",
      "jurisdiction=oregon&agencyKind=sheriff&agency=wasco-county-sheriff",
    ])(".json with %s gives the JSON twin's numbers", async (filter) => {
      const twin = (await (await get(`/api/v1/counts.json?groupBy=JURISDICTION&${filter}`)).json()) as TwinCounts;
      expect(twin.buckets.length).toBeGreaterThan(0);
      const res = await get(`/embed/by-jurisdiction.json?${filter}`);
      expect(res.status).toBe(200);
      const embed = (await res.json()) as EmbedJson;
      expect(embed.counts.total).toMatchObject(twin.total);
      // The embed counts by period and place, the twin by place only: add each place's periods up.
      const bySlug = (buckets: { slug: string; subpoenas: number; batches: number }[]) => {
        const sums: Record<string, [number, number]> = {};
        for (const b of buckets) {
          const [subpoenas, batches] = sums[b.slug] ?? [0, 0];
          sums[b.slug] = [subpoenas + b.subpoenas, batches + b.batches];
        }
        return sums;
      };
      expect(bySlug(embed.counts.buckets.map((b) => ({ ...b, slug: b.jurisdiction?.slug ?? "" })))).toEqual(
        bySlug(twin.buckets.map((b) => ({ ...b, slug: b.jurisdiction }))),
      );
      // The data link is the twin's own query, with the agency filters kept.
      const csv = new URL(embed.links.csv);
      for (const [name, value] of new URLSearchParams(filter)) expect(csv.searchParams.get(name)).toBe(value);
    });

    it("names the agencies' places and what is left out", async () => {
      const label = async (filter: string) =>
        ((await (await get(`/embed/outcomes.json?${filter}`)).json()) as EmbedJson).context.filterLabel;
      expect(await label("agencyJurisdiction=wasco-county-or")).toBe("served on an agency in Wasco County");
      expect(await label("excludeJurisdiction=oregon,denver-co")).toBe("excluding Oregon and Denver");
      expect(
        await label("agency=hillsboro-police&agency=wasco-county-sheriff&excludeJurisdiction=wasco-county-or"),
      ).toBe("served on Hillsboro Police Department or Wasco County Sheriff's Office; excluding Wasco County");
      const svg = await (await get("/embed/subpoenas-over-time.svg?excludeJurisdiction=oregon")).text();
      expect(svg).toMatch(
        /<desc id="st-chart-desc">Stacked column chart of ICE subpoenas served per month \(excluding Oregon\), /,
      );
    });

    it("does not share a cached answer between different agencies", async () => {
      const one = await (await get("/embed/by-jurisdiction.svg?agency=wasco-county-sheriff")).text();
      const other = await (await get("/embed/by-jurisdiction.svg?agency=denver-sheriff")).text();
      expect(other).not.toBe(one);
      expect(other).not.toContain("Wasco");
    });

    it.each([
      ["agency=wasco-county-sherif", "agency", /Parameter "agency": no agency has slug "wasco-county-sherif"/],
      ["agencyJurisdiction=atlantis", "agencyJurisdiction", /Parameter "agencyJurisdiction": .*atlantis/],
      ["excludeJurisdiction=atlantis", "excludeJurisdiction", /Parameter "excludeJurisdiction": .*atlantis/],
      ["agency=Wasco%20Sheriff", "agency", /Parameter "agency": "Wasco Sheriff" is not a slug/],
    ])("refuses %s with a 400 naming %s", async (filter, parameter, message) => {
      const svg = await get(`/embed/by-jurisdiction.svg?${filter}`);
      expect(svg.status).toBe(400);
      expect(await svg.text()).toMatch(message);
      const data = await get(`/embed/by-jurisdiction.json?${filter}`);
      expect(data.status).toBe(400);
      expect(((await data.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter);
      expect((await get(`/embed/by-jurisdiction?${filter}`)).status).toBe(400);
      expect((await get(`/embed/by-jurisdiction.png?${filter}`)).status).toBe(400);
      const oembed = await get(`/oembed?url=${encodeURIComponent(`${server.url}/embed/outcomes?${filter}`)}`);
      expect(oembed.status).toBe(400);
    });

    it("are named in the embed page and the oEmbed title, and kept through a dashboard link", async () => {
      const page = await get("/embed/by-jurisdiction?agency=wasco-county-sheriff");
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Wasco County Sheriff");
      const png = await get("/embed/by-jurisdiction.png?agency=wasco-county-sheriff&preset=social");
      expect(png.status).toBe(200);
      const oembed = (url: string) => get(`/oembed?url=${encodeURIComponent(url)}`);
      const fromEmbed = (await (
        await oembed(`${server.url}/embed/by-jurisdiction?agency=wasco-county-sheriff`)
      ).json()) as OembedBody;
      expect(fromEmbed.title).toBe(
        "Subpoenas served by jurisdiction (served on Wasco County Sheriff's Office), February 2020",
      );
      const data = (await (await get("/embed/by-jurisdiction.json?agency=wasco-county-sheriff")).json()) as EmbedJson;
      const dashboard = new URL(data.links.dashboard);
      expect(dashboard.searchParams.get("agency")).toBe("wasco-county-sheriff");
      const fromDashboard = (await (await oembed(data.links.dashboard)).json()) as OembedBody;
      expect(fromDashboard.html).toContain(`${server.url}/embed/by-jurisdiction?agency=wasco-county-sheriff"`);
      expect(fromDashboard.title).toBe(fromEmbed.title);
    });
  });

  describe("PNG", () => {
    it.each([
      ["width=500&height=300&scale=2", 1000, 600],
      ["", 640, 400],
      ["preset=social", 1200, 628],
      ["preset=square&scale=1.5&theme=dark", 1620, 1620],
    ])("renders ?%s at %i × %i pixels", async (query, width, height) => {
      const res = await get(`/embed/by-jurisdiction.png?${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual({ width, height });
    });
  });

  describe("the map", () => {
    it("draws every state from us-atlas, shaded by the same numbers as the JSON twin, with counties as circles", async () => {
      const twin = (await (await get("/api/v1/counts.json?groupBy=STATE")).json()) as {
        buckets: { state: string; subpoenas: number }[];
      };
      const svg = await (await get("/embed/where.svg")).text();
      expect(svg).toContain('<title id="st-chart-title">Where ICE subpoenas were served</title>');
      expect(svg).toMatch(/<desc id="st-chart-desc">Map of ICE subpoenas served by state, January 2020 to July 2025/);
      expect((svg.match(/data-state="/g) ?? []).length).toBeGreaterThanOrEqual(51);
      for (const bucket of twin.buckets) {
        expect(svg).toMatch(new RegExp(`data-state="${bucket.state}" data-value="${bucket.subpoenas}\\*?"`));
      }
      expect(svg).toContain('data-jurisdiction="washington-county-or"');
      expect(svg).not.toContain("NaN");
    });

    it("follows the filters, and renders as a PNG", async () => {
      const svg = await (await get("/embed/where.svg?state=CO")).text();
      expect((svg.match(/data-value="/g) ?? []).length).toBeGreaterThan(0);
      expect(svg).toContain('data-state="CO" data-value="');
      expect(svg).not.toContain('data-state="OR" data-value="');
      const res = await get("/embed/where.png?preset=social");
      expect(res.status).toBe(200);
      expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual({ width: 1200, height: 628 });
    });
  });

  describe("bad parameters", () => {
    it.each([
      ["/embed/pie-chart.svg", "chart", /Unknown chart "pie-chart"/],
      [
        "/embed/outcomes.png?width=100000",
        "width",
        /Parameter "width": 100000 pixels is out of range; use 200 to 2400/,
      ],
      ["/embed/outcomes.svg?from=2020-13", "from", /Parameter "from": month 13 is not between 01 and 12/],
      ["/embed/outcomes.svg?widht=500", "widht", /Unknown parameter "widht"/],
      ["/embed/outcomes.png?preset=social&width=300", "preset", /already sets the size/],
      ["/embed/outcomes.png?scale=5", "scale", /Parameter "scale" is a pixel density from 1 to 3/],
      ["/embed/outcomes.svg?theme=pink", "theme", /"pink" is not one of light, dark, auto/],
      ["/embed/outcomes.svg?outcome=lost", "outcome", /Parameter "outcome": "lost" is not one of/],
      ["/embed/outcomes.svg?groupBy=STATE", "groupBy", /each chart groups its counts itself/],
      ["/embed/by-jurisdiction.svg?jurisdiction=atlantis", "jurisdiction", /atlantis/],
      ["/embed/subpoenas-over-time.svg?from=1990&to=2020&interval=month", "interval", /shows at most 120/],
    ])("%s is a 400 that names %s", async (url, _parameter, message) => {
      const res = await get(url);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.text()).toMatch(message);
    });

    it("answers a bad embed page with a readable page, and bad data with JSON", async () => {
      const page = await get("/embed/pie-chart?theme=dark");
      expect(page.status).toBe(400);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await page.text()).toContain("Unknown chart &quot;pie-chart&quot;");
      // The page names the parameter as sent (jurisdiction), the same wording as the images and the twins.
      const place = await get("/embed/by-jurisdiction?jurisdiction=atlantis");
      expect(place.status).toBe(400);
      expect(await place.text()).toContain("Parameter &quot;jurisdiction&quot;: no jurisdiction has slug");
      const data = await get("/embed/outcomes.json?to=2020-02-30");
      expect(data.status).toBe(400);
      expect(await data.json()).toEqual({
        error: {
          code: "BAD_USER_INPUT",
          message: expect.stringContaining("2020-02-30"),
          parameter: "to",
          requestId: expect.any(String),
        },
      });
    });
  });

  describe("caching", () => {
    it("tags answers with the dataset version, revalidates with 304 and serves repeats from memory", async () => {
      const url = "/embed/subpoenas-over-time.png?preset=social&jurisdiction=oregon";
      const first = await get(url);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^"v\d+-/);
      expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
      expect(first.headers.get("x-embed-cache")).toBe("miss");
      const again = await get(url);
      expect(again.headers.get("x-embed-cache")).toBe("hit");
      expect(again.headers.get("etag")).toBe(etag);
      const revalidated = await get(url, { "if-none-match": etag! });
      expect(revalidated.status).toBe(304);
      // Spelling the defaults out, or listing values in another order, is the same chart.
      const same = await get("/embed/subpoenas-over-time.png?jurisdiction=oregon&preset=social&theme=light&title=1");
      expect(same.headers.get("etag")).toBe(etag);
      expect(
        (await get("/embed/subpoenas-over-time.png?preset=square&jurisdiction=oregon")).headers.get("etag"),
      ).not.toBe(etag);
    });

    it("moves to new tags when the data changes", async () => {
      const url = "/embed/outcomes.svg";
      const before = (await get(url)).headers.get("etag");
      await server.database.dataSource.query("UPDATE dataset SET version = version + 1");
      const after = await get(url, { "if-none-match": before! });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(before);
    });
  });

  describe("the embed page", () => {
    it("inlines the chart's data, may be framed by any site, and names its oEmbed", async () => {
      const res = await get("/embed/by-jurisdiction?state=OR&theme=auto&title=0");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toBe("frame-ancestors *");
      expect(res.headers.get("x-frame-options")).toBeNull();
      const html = await res.text();
      expect(html).toContain('<html lang="en" data-theme="auto">');
      expect(html).toContain("<title>ICE subpoenas served, by jurisdiction | Subpoena Tracker</title>");
      expect(html).toContain('type="application/json+oembed"');
      const payload = inlined(html);
      expect(payload).toMatchObject({ chart: "by-jurisdiction", theme: "auto", showTitle: false });
      expect(payload.counts.total.subpoenas).toBe(17); // Oregon: 5 + 2 in 2020, 10 in 2025
      expect(payload.links.dashboard).toBe(`${server.url}/?state=OR#by-place`);
      expect(payload.links.csv).toBe(`${server.url}/api/v1/counts.csv?state=OR&groupBy=JURISDICTION`);
      const csv = await get(payload.links.csv.slice(server.url.length));
      expect(csv.status).toBe(200);
    });

    it("links the outcomes chart to exactly the numbers it draws: one row per outcome", async () => {
      const html = await (await get("/embed/outcomes")).text();
      const payload = inlined(html);
      const drawn = new Map<string, number>();
      for (const b of payload.counts.buckets as { outcome: string; subpoenas: number }[])
        drawn.set(b.outcome, (drawn.get(b.outcome) ?? 0) + b.subpoenas);
      expect(payload.links.csv).toBe(`${server.url}/api/v1/counts.csv?groupBy=OUTCOME`);
      const [header, ...rows] = (await (await get(payload.links.csv.slice(server.url.length))).text())
        .trim()
        .split(/\r?\n/);
      const columns = header.split(",");
      expect(columns).not.toContain("period");
      const outcome = columns.indexOf("outcome");
      const subpoenas = columns.indexOf("subpoenas");
      const given = new Map(rows.map((row) => [row.split(",")[outcome], Number(row.split(",")[subpoenas])]));
      expect(rows).toHaveLength(drawn.size);
      expect(given).toEqual(drawn);
    });

    it("leaves the dashboard's own headers alone", async () => {
      const res = await get("/healthz");
      expect(res.headers.get("content-security-policy")).toBeNull();
    });

    it("serves the resize script", async () => {
      const res = await get("/embed.js");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect(await res.text()).toContain("subpoena-tracker:resize");
    });
  });

  describe("oEmbed", () => {
    const oembed = (url: string, extra = "") => get(`/oembed?url=${encodeURIComponent(url)}${extra}`);

    it("turns an embed link into the rich embed", async () => {
      const res = await oembed(`${server.url}/embed/outcomes?state=OR&theme=auto`, "&maxwidth=500");
      expect(res.status).toBe(200);
      const body = (await res.json()) as OembedBody;
      expect(body).toMatchObject({
        version: "1.0",
        type: "rich",
        provider_name: "Subpoena Tracker",
        title: "Outcomes of subpoenas served (Oregon), February 2020 to July 2025",
        width: 500,
      });
      expect(body.height).toBeGreaterThan(200);
      expect(body.html).toContain(`<iframe src="${server.url}/embed/outcomes?state=OR&amp;theme=auto"`);
      expect(body.html).toContain('loading="lazy"');
      expect(body.html).toContain(`<script async src="${server.url}/embed.js"></script>`);
      const thumbnail = await get(body.thumbnail_url.slice(server.url.length));
      expect(pngSize(Buffer.from(await thumbnail.arrayBuffer()))).toEqual({
        width: body.thumbnail_width,
        height: body.thumbnail_height,
      });
    });

    it("turns a dashboard link into the embed of the chart it points at", async () => {
      const res = await oembed(`${server.url}/?state=OR&component=ERO&place=state#by-place`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as OembedBody;
      expect(body.html).toContain(
        `${server.url}/embed/by-jurisdiction?state=OR&amp;issuingComponent=ERO&amp;place=state"`,
      );
      expect(body.title).toBe("Subpoenas served by state (Oregon; issued by ERO), February 2020");
    });

    it("refuses what it cannot embed", async () => {
      expect((await get("/oembed")).status).toBe(400);
      expect((await oembed("https://example.org/embed/outcomes")).status).toBe(404);
      expect((await oembed(`${server.url}/batches/2020-01-13-denver`)).status).toBe(404);
      expect((await oembed(`${server.url}/embed/outcomes?width=100000`)).status).toBe(200);
      expect((await oembed(`${server.url}/embed/outcomes?from=2020-13`)).status).toBe(400);
      expect((await oembed(`${server.url}/embed/outcomes`, "&format=xml")).status).toBe(501);
    });
  });
});
