import { describe, expect, it } from "vitest";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, formatDay, formatNumber, formatTimestampDay, pluralize } from "./format";

describe("formatDay", () => {
  it("reads the same in every time zone", () => {
    expect(formatDay(new Date("2020-02-01T00:30:00Z"))).toBe("1 Feb 2020");
  });
});

describe("formatTimestampDay", () => {
  it("gives the UTC day of a timestamp", () => {
    expect(formatTimestampDay("2025-11-28T23:59:00.000Z")).toBe("28 Nov 2025");
    expect(formatTimestampDay("2025-11-28")).toBe("28 Nov 2025");
  });

  it("leaves text that is not a date as it is", () => {
    expect(formatTimestampDay("not a date")).toBe("not a date");
  });
});

describe("month names", () => {
  it("has twelve of each, in order", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_ABBREVIATIONS).toHaveLength(12);
    expect([MONTH_NAMES[0], MONTH_ABBREVIATIONS[11]]).toEqual(["January", "Dec"]);
  });
});

describe("formatNumber", () => {
  it("writes the digits as toLocaleString('en-US') does", () => {
    for (const value of [0, 7, 12, 123, 1234, 12345, 123456, 1000000, -42, -1234, -0, 1.5, 1234.5678, 2 ** 60])
      expect(formatNumber(value)).toBe(value.toLocaleString("en-US"));
    expect(formatNumber(1234567)).toBe("1,234,567");
  });
});

describe("pluralize", () => {
  it("keeps the unit with the number", () => {
    expect(pluralize(1, "subpoena")).toBe("1 subpoena");
    expect(pluralize(1200, "subpoena")).toBe("1,200 subpoenas");
    expect(pluralize(0, "batch", "batches")).toBe("0 batches");
  });
});
