import { describe, expect, it } from "vitest";
import {
  DEFAULT_STATE,
  countActiveFilters,
  parseDashboardState,
  serializeDashboardState,
  toBatchFilter,
  type DashboardState,
} from "./dashboardState";

describe("parseDashboardState", () => {
  it("gives the default view for an empty query", () => {
    expect(parseDashboardState("")).toEqual(DEFAULT_STATE);
  });

  it("reads every filter, the view and the drill-down", () => {
    const state = parseDashboardState(
      "jurisdiction=oregon&state=CO&outcome=DECLINED&component=ERO&offense=dui&from=2020-01&to=2020-03-15" +
        "&interval=quarter&stack=outcome&place=state&drill=over-time&drill.period=2020-Q1&drill.outcome=DECLINED",
    );
    expect(state).toEqual<DashboardState>({
      filters: {
        jurisdictions: ["oregon"],
        states: ["CO"],
        outcomes: ["DECLINED"],
        issuingComponents: ["ERO"],
        offenseCategories: ["dui"],
        from: "2020-01",
        to: "2020-03-15",
      },
      view: { interval: "quarter", stackBy: "outcome", placeBy: "state" },
      drill: { chart: "over-time", period: "2020-Q1", dimension: "outcome", values: ["DECLINED"] },
    });
  });

  it("drops what it cannot read instead of failing", () => {
    const state = parseDashboardState(
      "jurisdiction=Bad%20Slug&state=colorado&outcome=MAYBE&from=2020-13&to=soon&interval=week&stack=agency&drill=pie",
    );
    expect(state).toEqual(DEFAULT_STATE);
  });

  it("accepts repeated and comma-separated values, once each", () => {
    const state = parseDashboardState("jurisdiction=denver-co,oregon&jurisdiction=denver-co");
    expect(state.filters.jurisdictions).toEqual(["denver-co", "oregon"]);
  });

  it("reads a drill-down on a period alone, and ignores one on nothing", () => {
    expect(parseDashboardState("drill=over-time&drill.period=2020-02").drill).toEqual({
      chart: "over-time",
      period: "2020-02",
      dimension: null,
      values: [],
    });
    expect(parseDashboardState("drill=over-time").drill).toBeNull();
  });
});

describe("serializeDashboardState", () => {
  it("is empty for the default view", () => {
    expect(serializeDashboardState(DEFAULT_STATE)).toBe("");
  });

  it("round-trips", () => {
    const query =
      "jurisdiction=oregon&outcome=DECLINED&outcome=IN_COURT&from=2020-01&interval=year&stack=none" +
      "&drill=by-place&drill.jurisdiction=washington-county-or";
    const state = parseDashboardState(query);
    expect(serializeDashboardState(state)).toBe(query);
    expect(parseDashboardState(serializeDashboardState(state))).toEqual(state);
  });

  it("omits defaults", () => {
    const state: DashboardState = {
      ...DEFAULT_STATE,
      view: { interval: "month", stackBy: "jurisdiction", placeBy: "state" },
    };
    expect(serializeDashboardState(state)).toBe("place=state");
  });
});

describe("toBatchFilter", () => {
  it("leaves out what is not filtered", () => {
    expect(toBatchFilter(DEFAULT_STATE.filters)).toEqual({});
  });

  it("maps dates to issuedFrom and issuedTo", () => {
    const { filters } = parseDashboardState("state=OR&from=2020-02&to=2020-02");
    expect(toBatchFilter(filters)).toEqual({ states: ["OR"], issuedFrom: "2020-02", issuedTo: "2020-02" });
    expect(countActiveFilters(filters)).toBe(3);
  });
});
