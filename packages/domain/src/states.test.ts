import { describe, expect, it } from "vitest";
import { placeName } from "./states";

describe("placeName", () => {
  it("says the state of a name that is ambiguous alone", () => {
    expect(placeName({ name: "Washington County", kind: "county", state: "OR" })).toBe("Washington County, OR");
    expect(placeName({ name: "Washington County", kind: "county", state: "mn" })).toBe("Washington County, MN");
    // Without the kind (an older payload), the name itself gives it away.
    expect(placeName({ name: "Wasco County", state: "OR" })).toBe("Wasco County, OR");
  });

  it("leaves states, cities and places without a state as they are", () => {
    expect(placeName({ name: "Oregon", kind: "state", state: "OR" })).toBe("Oregon");
    expect(placeName({ name: "Denver", kind: "city_county", state: "CO" })).toBe("Denver");
    expect(placeName({ name: "New York City", kind: "city", state: "NY" })).toBe("New York City");
    expect(placeName({ name: "Washington County" })).toBe("Washington County");
    expect(placeName({ name: "Washington County, OR", kind: "county", state: "OR" })).toBe("Washington County, OR");
  });
});
