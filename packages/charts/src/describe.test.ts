import { describe, expect, it } from "vitest";
import {
  altText,
  caption,
  chartTitle,
  describeFilter,
  formatRange,
  periodTick,
  sourceLine,
  unreportedNote,
} from "./describe";
import { buildChartDocument } from "./document";
import { toChartModel } from "./series";
import {
  BY_JURISDICTION,
  CONTEXT,
  OUTCOMES_VIEW,
  OVER_TIME,
  SEED_BY_JURISDICTION,
  bucket,
  counts,
  denver,
  nyc,
} from "./test-fixtures";

describe("formatRange", () => {
  it("says a range the way readers do", () => {
    expect(formatRange({ from: "2020-01", to: "2020-02" })).toBe("January to February 2020");
    expect(formatRange({ from: "2019-12", to: "2020-02" })).toBe("December 2019 to February 2020");
    expect(formatRange({ from: "2020-02", to: "2020-02" })).toBe("February 2020");
    expect(formatRange({ from: "2020-Q1", to: "2020-Q3" })).toBe("Q1 to Q3 2020");
    expect(formatRange({ from: "2019", to: "2020" })).toBe("2019 to 2020");
    expect(formatRange({ from: "2020-01-13", to: "2020-02-21" })).toBe("13 January to 21 February 2020");
    expect(formatRange({ from: "2020-01", to: "2020-02" }, "short")).toBe("Jan to Feb 2020");
  });
});

describe("altText", () => {
  it("reads the seed's jurisdictions as the issue asks: span, total, then each place", () => {
    const model = toChartModel(BY_JURISDICTION, SEED_BY_JURISDICTION);
    expect(altText(model, CONTEXT)).toBe(
      "Bar chart of ICE subpoenas served by jurisdiction, January to February 2020: 22 in total; Oregon 5, Denver 4, New York City 4, San Diego County, CA 4, Connecticut 3, Washington County, OR 2.",
    );
  });

  it("reads each period and then the split over time", () => {
    const model = toChartModel(OVER_TIME, SEED_BY_JURISDICTION, { to: "2020-03" });
    expect(altText(model, CONTEXT)).toBe(
      "Stacked column chart of ICE subpoenas served per month, January to March 2020: 22 in total; January 2020 8, February 2020 14, March 2020 0. By jurisdiction: Oregon 5, Denver 4, New York City 4, San Diego County, CA 4, Connecticut 3, Washington County, OR 2.",
    );
  });

  it("says what is not counted and where, instead of a zero", () => {
    const data = counts([
      bucket({ period: "2020-01", jurisdiction: denver, subpoenas: 4 }),
      bucket({ period: "2020-02", jurisdiction: nyc, subpoenas: 0, unknownCountBatches: 1 }),
    ]);
    expect(altText(toChartModel(BY_JURISDICTION, data), CONTEXT)).toBe(
      "Bar chart of ICE subpoenas served by jurisdiction, January to February 2020: 4 in total; Denver 4, New York City not reported. Not counted: 1 batch whose number of subpoenas was not reported (New York City).",
    );
    expect(altText(toChartModel(OVER_TIME, data), CONTEXT)).toContain(
      "Not counted: 1 batch whose number of subpoenas was not reported (1 in February 2020).",
    );
  });

  it("names the filter and the inexact counts", () => {
    const data = counts([bucket({ period: "2020-02", outcome: "DECLINED", subpoenas: 5, inexactCountBatches: 1 })]);
    expect(altText(toChartModel(OUTCOMES_VIEW, data), { ...CONTEXT, filterLabel: "Oregon" })).toBe(
      "Bar chart of the outcomes of ICE subpoenas served (Oregon), February 2020: 5 in total; Declined at least or about 5. The total includes 1 batch whose count is approximate or a lower bound.",
    );
  });

  it("says plainly when nothing matches", () => {
    expect(altText(toChartModel(BY_JURISDICTION, counts([])), CONTEXT)).toBe(
      "Bar chart of ICE subpoenas served by jurisdiction: no subpoenas match these filters.",
    );
  });
});

describe("caption, title and source", () => {
  it("fits the total, span, filter and caveat on one line", () => {
    const model = toChartModel(OVER_TIME, SEED_BY_JURISDICTION);
    expect(caption(model, CONTEXT)).toBe("22 subpoenas in 6 batches, Jan to Feb 2020");
    const withUnknown = toChartModel(
      OVER_TIME,
      counts([bucket({ period: "2020-02", jurisdiction: nyc, subpoenas: 0, unknownCountBatches: 1 })]),
    );
    expect(caption(withUnknown, { ...CONTEXT, filterLabel: "New York City" })).toBe(
      "0 subpoenas in 1 batch, Feb 2020 · New York City · 1 batch of unreported size not counted",
    );
  });

  it("titles each chart", () => {
    expect(chartTitle(OVER_TIME)).toBe("ICE subpoenas served per month");
    expect(chartTitle({ ...OVER_TIME, interval: "quarter" })).toBe("ICE subpoenas served per quarter");
    expect(chartTitle({ ...BY_JURISDICTION, place: "state" })).toBe("ICE subpoenas served, by state");
    expect(chartTitle(OUTCOMES_VIEW)).toBe("What happened to ICE subpoenas");
  });

  it("says how many batches a total leaves out, and nothing when none", () => {
    expect(unreportedNote(0)).toBeNull();
    expect(unreportedNote(1)).toBe("plus 1 batch of unreported size");
    expect(unreportedNote(3)).toBe("plus 3 batches of unreported size");
  });

  it("dates the source line without a time zone", () => {
    expect(sourceLine(CONTEXT)).toBe("Source: Subpoena Tracker, database updated 28 Nov 2025");
  });

  it("builds every text of a chart at once", () => {
    const doc = buildChartDocument(BY_JURISDICTION, SEED_BY_JURISDICTION, CONTEXT);
    expect(doc.title).toBe("ICE subpoenas served, by jurisdiction");
    expect(doc.label).toBe("Subpoenas served by jurisdiction, January to February 2020");
    expect(
      doc.description.startsWith("Bar chart of ICE subpoenas served by jurisdiction, January to February 2020:"),
    ).toBe(true);
  });
});

describe("altText on the edge cases", () => {
  it("marks at-least counts and never reads an unknown count as a zero", () => {
    const washington = { slug: "washington-county-or", name: "Washington County", kind: "county", state: "OR" };
    const data = counts([
      bucket({ period: "2021-04", jurisdiction: washington, subpoenas: 4, inexactCountBatches: 1 }),
      bucket({ period: "2021-05", jurisdiction: nyc, subpoenas: 0, unknownCountBatches: 1 }),
    ]);
    const text = altText(toChartModel(OVER_TIME, data), CONTEXT);
    expect(text).toContain("Stacked column chart of ICE subpoenas served per month");
    expect(text).toContain("April 2021 at least or about 4, May 2021 not reported.");
    expect(text).toContain("By jurisdiction: Washington County, OR at least or about 4, New York City not reported.");
    expect(text).not.toMatch(/New York City 0/);
  });
});

describe("periodTick", () => {
  it("puts the year under the first month of each year only", () => {
    expect(periodTick("2020-01", null)).toEqual({ main: "Jan", sub: "2020" });
    expect(periodTick("2020-02", "2020-01")).toEqual({ main: "Feb", sub: null });
    expect(periodTick("2021-01", "2020-12")).toEqual({ main: "Jan", sub: "2021" });
    expect(periodTick("2020-Q2", null)).toEqual({ main: "Q2", sub: "2020" });
    expect(periodTick("2020", "2019")).toEqual({ main: "2020", sub: null });
  });
});

describe("describeFilter", () => {
  const none = {
    jurisdictions: [],
    states: [],
    outcomes: [],
    issuingComponents: [],
    offenseCategories: [],
    agencyKinds: [],
  };

  it("says nothing when nothing is filtered", () => {
    expect(describeFilter(none)).toBeNull();
  });

  it("names places, outcomes, components, offenses and agency kinds in readers' words", () => {
    expect(
      describeFilter({
        jurisdictions: [{ slug: "oregon", name: "Oregon" }, denver],
        states: ["CA"],
        outcomes: ["DECLINED", "COURT_ORDERED"],
        issuingComponents: ["ERO"],
        offenseCategories: ["dui"],
        agencyKinds: ["sheriff"],
      }),
    ).toBe(
      "Oregon, Denver or California; outcome Declined or Court-ordered; issued by ERO; offense: driving under the influence; served on a sheriff's office",
    );
  });

  it("names the agencies served, where they are, and what is left out", () => {
    const wasco = { slug: "wasco-county-sheriff", name: "Wasco County Sheriff's Office" };
    const hillsboro = { slug: "hillsboro-police", name: "Hillsboro Police Department" };
    expect(describeFilter({ ...none, agencies: [wasco] })).toBe("served on Wasco County Sheriff's Office");
    expect(describeFilter({ ...none, agencies: [wasco, hillsboro] })).toBe(
      "served on Wasco County Sheriff's Office or Hillsboro Police Department",
    );
    expect(describeFilter({ ...none, agencyJurisdictions: [{ slug: "wasco-county-or", name: "Wasco County" }] })).toBe(
      "served on an agency in Wasco County",
    );
    expect(describeFilter({ ...none, excludeJurisdictions: [{ slug: "oregon", name: "Oregon" }, denver] })).toBe(
      "excluding Oregon and Denver",
    );
    expect(
      describeFilter({
        ...none,
        states: ["OR"],
        agencies: [wasco],
        agencyKinds: ["sheriff"],
        excludeJurisdictions: [{ slug: "wasco-county-or", name: "Wasco County" }],
      }),
    ).toBe("Oregon; served on Wasco County Sheriff's Office; served on a sheriff's office; excluding Wasco County");
    expect(describeFilter({ ...none, agencies: [], agencyJurisdictions: [], excludeJurisdictions: [] })).toBeNull();
  });
});
