import { dashboardQueryFromEmbed, embedFromDashboard } from "@subpoena-tracker/charts";
import { describe, expect, it } from "vitest";
import { parseDashboardState, serializeDashboardState } from "../../dashboard-state/utils/dashboardState";
import { builderOutput, initialChoices } from "./embedBuilder";

const ORIGIN = "https://tracker.example";
const state = parseDashboardState(
  "state=OR&outcome=DECLINED&offense=dui&from=2020-01&to=2020-03&interval=quarter&stack=outcome",
);

describe("builderOutput", () => {
  it("embeds the chart the button belongs to, with the dashboard's current filters and view", () => {
    const out = builderOutput(initialChoices("over-time"), state, ORIGIN, { title: "Subpoenas", height: 512 });
    expect(out.pageUrl).toBe(
      `${ORIGIN}/embed/subpoenas-over-time?state=OR&outcome=DECLINED&from=2020-01&to=2020-03&offenseCategory=dui&interval=quarter&stack=outcome`,
    );
    expect(out.snippet).toContain('height="512"');
    expect(out.snippet).toContain('title="Subpoenas"');
    expect(out.snippet).toContain('loading="lazy"');
    expect(out.snippet).toContain(`<script async src="${ORIGIN}/embed.js"></script>`);
    // The email PNG: 600 × 400, twice as sharp.
    expect(out.pngUrl).toBe(
      `${ORIGIN}/embed/subpoenas-over-time.png?state=OR&outcome=DECLINED&from=2020-01&to=2020-03&offenseCategory=dui&interval=quarter&stack=outcome&width=600&height=400&scale=2`,
    );
    expect(out.imageSize).toEqual({ width: 600, height: 400, scale: 2 });
    // The SVG is the same picture at any density: no `scale` in its address.
    expect(out.svgUrl).toBe(
      `${ORIGIN}/embed/subpoenas-over-time.svg?state=OR&outcome=DECLINED&from=2020-01&to=2020-03&offenseCategory=dui&interval=quarter&stack=outcome&width=600&height=400`,
    );
  });

  it("drops the filters on request, and carries theme, title and social sizes", () => {
    const choices = { ...initialChoices("by-place"), useFilters: false, theme: "auto" as const, showTitle: false };
    const social = builderOutput({ ...choices, imageSize: "social" }, state, ORIGIN, { title: "t", height: null });
    expect(social.pageUrl).toBe(`${ORIGIN}/embed/by-jurisdiction?theme=auto&title=0`);
    expect(social.snippet).toContain('height="480"');
    expect(social.svgUrl).toBe(`${ORIGIN}/embed/by-jurisdiction.svg?theme=auto&title=0&preset=social`);
    const custom = builderOutput(
      { ...choices, imageSize: "custom", customWidth: 900, customHeight: 500 },
      state,
      ORIGIN,
      {
        title: "t",
        height: null,
      },
    );
    expect(custom.pngUrl).toBe(`${ORIGIN}/embed/by-jurisdiction.png?theme=auto&title=0&width=900&height=500`);
  });
});

describe("the embed's dashboard link", () => {
  it("reopens the same dashboard view the embed was made from", () => {
    const out = builderOutput(initialChoices("over-time"), state, ORIGIN, { title: "t", height: null });
    const url = new URL(out.pageUrl);
    // The server links back with dashboardQueryFromEmbed; oEmbed reads dashboard links with embedFromDashboard.
    const { chart, query } = embedFromDashboard(`?${serializeDashboardState(state)}`, "#over-time");
    expect(chart).toBe("subpoenas-over-time");
    expect(query.toString()).toBe(url.searchParams.toString());
    const back = parseDashboardState(dashboardQueryFromEmbed(chart, url.searchParams));
    expect(back.filters).toEqual(state.filters);
    expect(back.view).toEqual(state.view);
  });
});
