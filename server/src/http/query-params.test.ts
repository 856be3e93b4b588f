import { describe, expect, it } from "vitest";
import { BatchOrder } from "../modules/batches/batch.types";
import { CountDimension, Interval } from "../modules/counts/counts.types";
import { parseBatchesQuery, parseCountsQuery } from "./query-params";

describe("query parameters of the CSV/JSON twins", () => {
  it("maps repeated and comma-separated values onto the GraphQL filter, ignoring case and separators", () => {
    const p = parseCountsQuery({
      groupBy: ["agency_kind,Period"],
      interval: "quarter",
      jurisdiction: "oregon,denver-co",
      state: ["or", "CO"],
      outcome: "declined",
      from: "2020-01",
      to: "2020",
      agencyKind: "state-police",
      offenseCategory: "sexualOffense",
      fillEmptyPeriods: "1",
    });
    expect(p.groupBy).toEqual([CountDimension.AGENCY_KIND, CountDimension.PERIOD]);
    expect(p.interval).toBe(Interval.QUARTER);
    expect(p.fillEmptyPeriods).toBe(true);
    expect(p.criteria).toMatchObject({
      jurisdictions: ["oregon", "denver-co"],
      states: ["OR", "CO"],
      outcomes: ["DECLINED"],
      issuedFromDay: "2020-01-01",
      issuedToDay: "2020-12-31",
      agencyKinds: ["state_police"],
      offenseCategories: ["sexual_offense"],
    });
  });

  it("maps the agency filters onto agencies, agencyJurisdictions and excludeJurisdictions", () => {
    const p = parseBatchesQuery({
      agency: ["wasco-county-sheriff,denver-sheriff", "wasco-county-sheriff"],
      agencyJurisdiction: "wasco-county-or",
      excludeJurisdiction: "wasco-county-or",
    });
    expect(p.criteria).toMatchObject({
      agencies: ["wasco-county-sheriff", "denver-sheriff"],
      agencyJurisdictions: ["wasco-county-or"],
      excludeJurisdictions: ["wasco-county-or"],
    });
  });

  it("defaults to no grouping, MONTH, no filling and ISSUED_ON_ASC", () => {
    expect(parseCountsQuery({})).toMatchObject({ groupBy: [], interval: Interval.MONTH, fillEmptyPeriods: false });
    expect(parseBatchesQuery({}).orderBy).toBe(BatchOrder.ISSUED_ON_ASC);
  });

  it("names the parameter at fault", () => {
    const fault = (
      query: Record<string, string | string[]>,
      parse: (q: typeof query) => unknown = parseCountsQuery,
    ) => {
      try {
        parse(query);
      } catch (error) {
        return { message: (error as Error).message, ...(error as { extensions: object }).extensions };
      }
      throw new Error("accepted");
    };
    expect(fault({ states: "OR" })).toMatchObject({
      parameter: "states",
      message: expect.stringMatching(/Did you mean "state"/),
    });
    expect(fault({ issuedFrom: "2020" })).toMatchObject({ message: expect.stringMatching(/Use "from"/) });
    expect(fault({ interval: "week" })).toMatchObject({ parameter: "interval" });
    expect(fault({ interval: ["MONTH", "YEAR"] })).toMatchObject({ message: expect.stringMatching(/takes one value/) });
    expect(fault({ fillEmptyPeriods: "yes" })).toMatchObject({ parameter: "fillEmptyPeriods" });
    expect(fault({ jurisdiction: "Oregon" })).toMatchObject({ parameter: "jurisdiction" });
    expect(fault({ state: "Oregon" })).toMatchObject({ parameter: "state" });
    expect(fault({ agency: "Wasco Sheriff" })).toMatchObject({ parameter: "agency" });
    expect(fault({ agencies: "wasco-county-sheriff" })).toMatchObject({
      message: expect.stringMatching(/Did you mean "agency"/),
    });
    expect(fault({ groupBy: "PERIOD" }, parseBatchesQuery)).toMatchObject({ parameter: "groupBy" });
  });
});
