import { describe, expect, it } from "vitest";
import {
  orderOf,
  pageAfter,
  pageArgs,
  parseTableState,
  serializeTableState,
  sortBy,
  sortDirection,
  toggleFilter,
} from "./tableState";

const FIELDS = ["state", "kind", "year"];

describe("records table state in the address", () => {
  it("round-trips filters, sort and cursor, in a stable order", () => {
    const state = parseTableState("?year=2020&kind=NEWS,COURT_RECORD&sort=-published_on&after=abc&colour=red", FIELDS);
    expect(state).toEqual({
      filters: { kind: ["NEWS", "COURT_RECORD"], year: ["2020"] },
      sort: "-published_on",
      after: "abc",
      before: null,
    });
    expect(serializeTableState(state, FIELDS)).toBe("kind=NEWS%2CCOURT_RECORD&year=2020&sort=-published_on&after=abc");
  });

  it("goes back to the first page whenever filters or sort change", () => {
    const state = pageAfter(parseTableState("?kind=NEWS", FIELDS), "cursor");
    expect(toggleFilter(state, "kind", "NEWS")).toEqual({ filters: {}, sort: null, after: null, before: null });
    expect(toggleFilter(state, "kind", "GOVERNMENT").filters.kind).toEqual(["NEWS", "GOVERNMENT"]);
    expect(toggleFilter(state, "year", "2021", true).filters.year).toEqual(["2021"]);
    expect(toggleFilter(toggleFilter(state, "year", "2020", true), "year", "2021", true).filters.year).toEqual([
      "2021",
    ]);
    expect(sortBy(state, "publisher", "published_on")).toMatchObject({ sort: "publisher", after: null });
  });

  it("sorts ascending, then descending, and drops the default from the address", () => {
    const state = parseTableState("", FIELDS);
    const asc = sortBy(state, "publisher", "published_on");
    expect(asc.sort).toBe("publisher");
    expect(sortBy(asc, "publisher", "published_on").sort).toBe("-publisher");
    expect(sortBy(state, "published_on", "published_on").sort).toBe("-published_on");
    // Back to ascending, the default, which the address leaves out.
    expect(sortBy(sortBy(state, "published_on", "published_on"), "published_on", "published_on").sort).toBeNull();
    expect(sortBy(asc, "published_on", "published_on").sort).toBeNull();
  });

  it("names the API's order and paging arguments", () => {
    expect(orderOf("-published_on")).toBe("PUBLISHED_ON_DESC");
    expect(orderOf("name")).toBe("NAME_ASC");
    expect(sortDirection("-name", "name")).toBe("descending");
    expect(sortDirection("name", "kind")).toBeNull();
    expect(pageArgs(parseTableState("?before=x", FIELDS))).toEqual({ last: 25, before: "x" });
    expect(pageArgs(parseTableState("?after=y", FIELDS))).toEqual({ first: 25, after: "y" });
  });
});
