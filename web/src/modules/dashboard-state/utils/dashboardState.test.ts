import { describe, expect, it } from "vitest";
import {
  DEFAULT_STATE,
  countActiveFilters,
  parseDashboardState,
  viewProblems,
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

describe("viewProblems: what a mistyped link asked for is said, never silently dropped", () => {
  it("reads values without regard to case, as the API does", () => {
    const state = parseDashboardState("state=or&outcome=declined&interval=Quarter&component=ero");
    expect(state.filters.states).toEqual(["OR"]);
    expect(state.filters.outcomes).toEqual(["DECLINED"]);
    expect(state.filters.issuingComponents).toEqual(["ERO"]);
    expect(state.view.interval).toBe("quarter");
    expect(viewProblems("state=or&outcome=declined&interval=Quarter&component=ero")).toEqual([]);
  });

  it("names each bad parameter, its value and the values it takes", () => {
    const problems = viewProblems(
      "state=ZZ&outcome=refused&interval=fortnight&from=2020-13&stack=agency&offense=arson",
    );
    expect(problems.map((p) => [p.parameter, p.value])).toEqual([
      ["state", "ZZ"],
      ["outcome", "refused"],
      ["offense", "arson"],
      ["interval", "fortnight"],
      ["stack", "agency"],
      ["from", "2020-13"],
    ]);
    expect(problems[0].message).toContain('"ZZ" is not a U.S. state code');
    expect(problems[3].message).toBe('"fortnight" is not one of month, quarter, year.');
    expect(problems[5].message).toMatch(/^"2020-13" is not a date/);
    // The bad values are left out of the view, which falls back to the defaults.
    const state = parseDashboardState("state=ZZ&interval=fortnight&from=2020-13");
    expect(state.filters.states).toEqual([]);
    expect(state.view.interval).toBe("month");
    expect(state.filters.from).toBeNull();
  });

  it("catches jurisdiction slugs missing from the data once the list is known", () => {
    expect(viewProblems("jurisdiction=oregon,nowhere")).toEqual([]);
    const problems = viewProblems("jurisdiction=oregon,nowhere", new Set(["oregon"]));
    expect(problems).toEqual([
      {
        parameter: "jurisdiction",
        value: "nowhere",
        message: 'No jurisdiction has the slug "nowhere". The Jurisdictions page lists them all.',
      },
    ]);
  });
});
