import { describe, expect, it } from "vitest";
import {
  dashboardQueryFromEmbed,
  dashboardUrl,
  dataUrl,
  embedFromDashboard,
  embedQuery,
  embedSnippet,
  filterQuery,
  imageUrl,
} from "./links";

const NO_FILTERS = {
  jurisdictions: [],
  states: [],
  outcomes: [],
  issuingComponents: [],
  offenseCategories: [],
  from: null,
  to: null,
};

describe("embedQuery", () => {
  it("writes the twins' filter names in a fixed order and leaves defaults out", () => {
    const query = embedQuery(
      "subpoenas-over-time",
      { ...NO_FILTERS, jurisdictions: ["oregon", "denver-co"], outcomes: ["DECLINED"], from: "2020-01", to: "2020-03" },
      { interval: "quarter", stack: "jurisdiction", place: "state" },
      { theme: "auto", title: false },
    );
    expect(query.toString()).toBe(
      "jurisdiction=oregon%2Cdenver-co&outcome=DECLINED&from=2020-01&to=2020-03&interval=quarter&theme=auto&title=0",
    );
    expect(embedQuery("by-jurisdiction", NO_FILTERS, { place: "state" }).toString()).toBe("place=state");
    expect(embedQuery("outcomes", NO_FILTERS, { stack: "outcome" }, { theme: "light" }).toString()).toBe("");
  });

  it("prefers a preset to a size", () => {
    expect(embedQuery("outcomes", NO_FILTERS, {}, { preset: "social", width: 300, scale: 2 }).toString()).toBe(
      "preset=social&scale=2",
    );
    expect(embedQuery("outcomes", NO_FILTERS, {}, { width: 800, height: 500, transparent: true }).toString()).toBe(
      "width=800&height=500&transparent=1",
    );
  });
});

describe("addresses", () => {
  const query = new URLSearchParams("state=OR&offenseCategory=DUI&issuingComponent=ero&stack=outcome&theme=dark");

  it("keeps only the filters for the data link", () => {
    expect(filterQuery(query).toString()).toBe("state=OR&offenseCategory=DUI&issuingComponent=ero");
    expect(dataUrl("https://x.org", ["PERIOD", "OUTCOME"], "MONTH", query)).toBe(
      "https://x.org/api/v1/counts.csv?state=OR&offenseCategory=DUI&issuingComponent=ero&groupBy=PERIOD%2COUTCOME&interval=MONTH",
    );
    // A grouping without periods (a bar chart's one row per bar) has no interval.
    expect(dataUrl("https://x.org", ["OUTCOME"], null, query)).toBe(
      "https://x.org/api/v1/counts.csv?state=OR&offenseCategory=DUI&issuingComponent=ero&groupBy=OUTCOME",
    );
  });

  it("links back to the dashboard view in the dashboard's names", () => {
    expect(dashboardQueryFromEmbed("subpoenas-over-time", query).toString()).toBe(
      "state=OR&component=ERO&offense=dui&stack=outcome",
    );
    expect(dashboardUrl("https://x.org", "by-jurisdiction", new URLSearchParams())).toBe("https://x.org/#by-place");
  });

  it("addresses the images", () => {
    expect(imageUrl("https://x.org", "outcomes", "png", new URLSearchParams("preset=social"))).toBe(
      "https://x.org/embed/outcomes.png?preset=social",
    );
  });
});

describe("agency filters", () => {
  const agencyQuery = new URLSearchParams(
    "agency=wasco-county-sheriff,hillsboro-police&agencyJurisdiction=wasco-county-or&excludeJurisdiction=oregon&place=state",
  );

  it("are written by embedQuery in the twins' names, beside the jurisdiction", () => {
    const query = embedQuery("by-jurisdiction", {
      ...NO_FILTERS,
      jurisdictions: ["oregon"],
      agencies: ["wasco-county-sheriff", "hillsboro-police"],
      agencyJurisdictions: ["wasco-county-or"],
      excludeJurisdictions: ["denver-co"],
    });
    expect(query.toString()).toBe(
      "jurisdiction=oregon&excludeJurisdiction=denver-co&agency=wasco-county-sheriff%2Chillsboro-police&agencyJurisdiction=wasco-county-or",
    );
  });

  it("are kept on the data link", () => {
    expect(filterQuery(agencyQuery).toString()).toBe(
      "agency=wasco-county-sheriff%2Chillsboro-police&agencyJurisdiction=wasco-county-or&excludeJurisdiction=oregon",
    );
    expect(dataUrl("https://x.org", ["JURISDICTION"], null, agencyQuery)).toBe(
      "https://x.org/api/v1/counts.csv?agency=wasco-county-sheriff%2Chillsboro-police&agencyJurisdiction=wasco-county-or&excludeJurisdiction=oregon&groupBy=JURISDICTION",
    );
  });

  it("survive the round trip through a dashboard link and back (what oEmbed does with it)", () => {
    const dashboard = new URL(dashboardUrl("https://x.org", "by-jurisdiction", agencyQuery));
    expect(dashboard.searchParams.getAll("agency")).toEqual(["wasco-county-sheriff", "hillsboro-police"]);
    const back = embedFromDashboard(dashboard.search, dashboard.hash);
    expect(back.chart).toBe("by-jurisdiction");
    expect(back.query.toString()).toBe(
      "excludeJurisdiction=oregon&agency=wasco-county-sheriff%2Chillsboro-police&agencyJurisdiction=wasco-county-or&place=state",
    );
  });
});

describe("embedFromDashboard", () => {
  it("turns a dashboard view into the embed of the chart it points at", () => {
    const { chart, query } = embedFromDashboard(
      "?state=OR&component=ERO&offense=dui&outcome=DECLINED&interval=quarter&stack=none&place=state",
      "#by-place",
    );
    expect(chart).toBe("by-jurisdiction");
    expect(query.toString()).toBe("state=OR&outcome=DECLINED&issuingComponent=ERO&offenseCategory=dui&place=state");
  });

  it("takes the chart a drill-down is open on, and the over-time chart otherwise", () => {
    expect(embedFromDashboard("?drill=outcomes", "").chart).toBe("outcomes");
    const overTime = embedFromDashboard("?interval=quarter&stack=none", "");
    expect(overTime.chart).toBe("subpoenas-over-time");
    expect(overTime.query.toString()).toBe("interval=quarter&stack=none");
  });
});

describe("embedSnippet", () => {
  it("is a titled, lazy iframe with a fixed height and the resize script, with attributes escaped", () => {
    const snippet = embedSnippet({
      origin: "https://x.org",
      chart: "outcomes",
      query: new URLSearchParams("state=OR&theme=auto"),
      title: 'Outcomes "by state" <Oregon>',
      maxWidth: 640,
      height: 420,
    });
    expect(snippet).toBe(
      '<iframe src="https://x.org/embed/outcomes?state=OR&amp;theme=auto" title="Outcomes &quot;by state&quot; &lt;Oregon&gt;" width="640" height="420" style="width:100%;max-width:640px;border:0" loading="lazy" data-subpoena-tracker-embed></iframe>\n<script async src="https://x.org/embed.js"></script>',
    );
  });
});
