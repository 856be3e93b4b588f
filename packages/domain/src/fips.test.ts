import { describe, expect, it } from "vitest";
import { countyFipsProblem, US_STATE_FIPS } from "./fips";
import { US_STATE_NAMES } from "./states";

describe("county FIPS codes", () => {
  it("accepts a county of the jurisdiction's state", () => {
    expect(countyFipsProblem("41065", "county", "OR")).toBeNull();
    expect(countyFipsProblem("36061", "city", "NY")).toBeNull();
  });

  it("says what is wrong with a malformed code, a state, or a county of another state", () => {
    expect(countyFipsProblem("4106", "county", "OR")).toMatch(/five-digit/);
    expect(countyFipsProblem("41065", "state", "OR")).toMatch(/state is placed by its state code/);
    expect(countyFipsProblem("06073", "county", "OR")).toMatch(/not a county of OR: .* start with 41/);
  });

  it("knows the code of every state the site can name", () => {
    expect(Object.keys(US_STATE_NAMES).filter((code) => !(code in US_STATE_FIPS))).toEqual([]);
  });
});
