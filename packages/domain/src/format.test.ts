import { describe, expect, it } from "vitest";
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  compareText,
  formatDay,
  formatNumber,
  formatTimestampDay,
  pluralize,
} from "./format";

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

describe("compareText", () => {
  const collator = new Intl.Collator("en");
  const sign = (n: number) => Math.sign(n);

  it("orders plain names as the collator does, without creating it", () => {
    const names = [
      "New York",
      "Newark",
      "new york",
      "NEW YORK",
      "North Carolina",
      "Washington",
      "West Virginia",
      "A",
      "a",
    ];
    const more = [
      "",
      " ",
      "10",
      "9",
      "2 Street",
      "Street 2",
      "abc",
      "ABC",
      "aBc",
      "Abc",
      "ab",
      "abd",
      "District of Columbia",
    ];
    for (const a of [...names, ...more])
      for (const b of [...names, ...more])
        expect(sign(compareText(a, b)), `${a} | ${b}`).toBe(sign(collator.compare(a, b)));
  });

  it("agrees with the collator on random plain strings", () => {
    const alphabet = "aAbBzZ 09";
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const text = () =>
      Array.from({ length: Math.floor(random() * 5) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    for (let i = 0; i < 20000; i++) {
      const a = text();
      const b = text();
      expect(sign(compareText(a, b)), `${JSON.stringify(a)} | ${JSON.stringify(b)}`).toBe(sign(collator.compare(a, b)));
    }
  });

  it("leaves other text to the collator", () => {
    expect(compareText("Winston-Salem", "Winston Salem")).toBe(collator.compare("Winston-Salem", "Winston Salem"));
    expect(compareText("Élan", "Eland")).toBe(collator.compare("Élan", "Eland"));
  });
});
