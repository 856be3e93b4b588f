import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildChartDocument } from "../document";
import { renderChartImageSvg } from "../server";
import { DARK_THEME, LIGHT_THEME } from "../theme";
import {
  BY_JURISDICTION,
  CONTEXT,
  OUTCOMES_VIEW,
  OVER_TIME,
  SEED_BY_JURISDICTION,
  bucket,
  counts,
  nyc,
} from "../test-fixtures";
import { ChartSvg } from "./ChartSvg";

function image(
  view = OVER_TIME,
  data = SEED_BY_JURISDICTION,
  extra: { autoDark?: boolean; theme?: typeof LIGHT_THEME } = {},
) {
  const doc = buildChartDocument(view, data, CONTEXT);
  return renderChartImageSvg({
    model: doc.model,
    width: 640,
    height: 400,
    theme: extra.theme ?? LIGHT_THEME,
    autoDark: extra.autoDark ?? false,
    transparent: false,
    title: doc.title,
    caption: doc.caption,
    description: doc.description,
    source: doc.source,
    link: { href: "https://x.org/?a=1&b=2", label: "x.org" },
  });
}

/** The text content of every <text> element, in order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe("ChartImage", () => {
  it("is a standalone SVG of the asked size with a title and a text alternative", () => {
    const svg = image();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).toContain('width="640" height="400" viewBox="0 0 640 400"');
    expect(svg).toContain('<title id="st-chart-title">ICE subpoenas served per month</title>');
    expect(svg).toMatch(
      /<desc id="st-chart-desc">Stacked column chart of ICE subpoenas served per month, January to February 2020: 22 in total;/,
    );
    expect(svg).toContain('href="https://x.org/?a=1&amp;b=2"');
    expect(svg).not.toContain("NaN");
  });

  it("writes each column's total and the source line as text", () => {
    const t = texts(image());
    expect(t).toContain("8");
    expect(t).toContain("14");
    expect(t).toContain("Source: Subpoena Tracker, database updated 28 Nov 2025");
    expect(t).toContain("Jan");
    expect(t).toContain("2020");
  });

  it("writes each bar's value, and 'not reported' beside a marker instead of a zero", () => {
    const data = counts([
      ...SEED_BY_JURISDICTION.buckets,
      bucket({ period: "2020-02", jurisdiction: { slug: "x", name: "Wasco County" }, unknownCountBatches: 1 }),
    ]);
    const t = texts(image(BY_JURISDICTION, data));
    for (const label of ["Oregon", "5", "Washington County, OR", "2", "Wasco County", "not reported", "?"])
      expect(t).toContain(label);
  });

  it("draws outcomes", () => {
    const svg = image(OUTCOMES_VIEW, counts([bucket({ period: "2020-02", outcome: "DECLINED", subpoenas: 5 })]));
    expect(texts(svg)).toContain("Declined");
    expect(svg).toContain(`fill="${LIGHT_THEME.outcomeColors.DECLINED}"`);
  });

  it("adds the dark-mode CSS only for theme auto", () => {
    expect(image(OVER_TIME, SEED_BY_JURISDICTION, { autoDark: true })).toContain("@media (prefers-color-scheme: dark)");
    expect(image()).not.toContain("<style");
    expect(image(OVER_TIME, SEED_BY_JURISDICTION, { theme: DARK_THEME })).toContain(`fill="${DARK_THEME.background}"`);
  });

  it("says when nothing matches rather than drawing an empty axis", () => {
    expect(texts(image(OVER_TIME, counts([])))).toContain("No subpoenas match these filters.");
  });

  it("marks a period whose only batch is of unreported size, without a zero", () => {
    const svg = image(OVER_TIME, counts([bucket({ period: "2020-03", jurisdiction: nyc, unknownCountBatches: 1 })]));
    const t = texts(svg);
    expect(t).toContain("?");
    // The only zero is the axis's.
    expect(t.filter((text) => text === "0")).toHaveLength(1);
  });
});

describe("ChartSvg", () => {
  it("is an image with a title and description for assistive technology", () => {
    const doc = buildChartDocument(BY_JURISDICTION, SEED_BY_JURISDICTION, CONTEXT);
    const html = renderToStaticMarkup(
      <ChartSvg
        model={doc.model}
        width={500}
        height={300}
        theme={LIGHT_THEME}
        scale={1}
        label={doc.label}
        description={doc.description}
        idPrefix="c1"
      />,
    );
    expect(html).toContain('role="img" aria-labelledby="c1-title c1-desc"');
    expect(html).toContain(`<desc id="c1-desc">${doc.description}</desc>`);
  });
});
