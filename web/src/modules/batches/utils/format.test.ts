import { describe, expect, it } from "vitest";
import {
  describeOutcomeParts,
  eventStatusLabel,
  formatPartialDateText,
  isAggregator,
  precisionNote,
  reliabilityLabel,
  sourceKindLabel,
  uniqueById,
} from "./format";

describe("formatPartialDateText", () => {
  it("keeps each date at its own precision", () => {
    expect(formatPartialDateText("2020-02-14")).toBe("14 Feb 2020");
    expect(formatPartialDateText("2020-01")).toBe("Jan 2020");
    expect(formatPartialDateText("2020")).toBe("2020");
    expect(formatPartialDateText(null)).toBe("date not reported");
  });

  it("notes a coarse precision", () => {
    expect(precisionNote("DAY")).toBeNull();
    expect(precisionNote("MONTH")).toBe("day not reported");
    expect(precisionNote("YEAR")).toBe("month not reported");
  });
});

describe("labels for GraphQL enums", () => {
  it("uses the domain's words", () => {
    expect(eventStatusLabel("ENFORCEMENT_PETITION_FILED")).toBe("Enforcement petition filed");
    expect(sourceKindLabel("PRESS_RELEASE")).toBe("Press release");
    expect(reliabilityLabel("AGGREGATOR")).toBe("Aggregator");
    expect(isAggregator("AGGREGATOR")).toBe(true);
    expect(isAggregator("PRIMARY")).toBe(false);
  });
});

describe("describeOutcomeParts", () => {
  it("gives the split, and says when a part's size is unknown", () => {
    expect(
      describeOutcomeParts([
        { outcome: "DECLINED", subpoenas: 1 },
        { outcome: "COURT_ORDERED", subpoenas: 3 },
      ]),
    ).toBe("1 declined, 3 court-ordered");
    expect(describeOutcomeParts([{ outcome: "MIXED", subpoenas: 5 }])).toBe("Mixed");
    expect(describeOutcomeParts([{ outcome: "PENDING", subpoenas: null }])).toBe("Pending (number not reported)");
    expect(describeOutcomeParts([])).toBe("No outcome derived");
  });
});

describe("uniqueById", () => {
  it("keeps the first of each id, in order", () => {
    expect(uniqueById([{ id: "a" }, { id: "b" }, { id: "a" }]).map((x) => x.id)).toEqual(["a", "b"]);
  });
});
