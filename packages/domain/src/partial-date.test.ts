import { describe, expect, it } from "vitest";
import {
  PartialDateError,
  bucketPartialDate,
  comparePartialDates,
  comparePeriods,
  formatPartialDate,
  formatPartialDateHuman,
  formatPeriodHuman,
  isPeriodOfInterval,
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
  partialDateWithin,
  periodEnd,
  periodStart,
  periodsBetween,
  trimToPrecision,
  tryParsePartialDate,
} from "./partial-date";

const d = parsePartialDate;

describe("parsePartialDate", () => {
  it("keeps the precision the text has", () => {
    expect(d("2020")).toEqual({ year: 2020, month: null, day: null, precision: "year" });
    expect(d("2020-01")).toEqual({ year: 2020, month: 1, day: null, precision: "month" });
    expect(d("2020-01-13")).toEqual({ year: 2020, month: 1, day: 13, precision: "day" });
  });

  it("accepts 29 February in leap years only", () => {
    expect(d("2020-02-29").day).toBe(29);
    expect(d("2000-02-29").day).toBe(29);
    expect(() => d("2021-02-29")).toThrow("2021-02-29 is not a day of the calendar");
    expect(() => d("1900-02-29")).toThrow("1900-02-29 is not a day of the calendar");
  });

  it("rejects days past the end of the month and day 00", () => {
    expect(() => d("2020-04-31")).toThrow("2020-04-31 is not a day of the calendar");
    expect(() => d("2020-01-00")).toThrow("2020-01-00 is not a day of the calendar");
    expect(d("2020-12-31").day).toBe(31);
  });

  it("rejects year 0000, which does not exist (and PostgreSQL refuses)", () => {
    for (const text of ["0000", "0000-01", "0000-02-29"]) expect(() => d(text)).toThrow("year 0000 does not exist");
    expect(d("0001").year).toBe(1);
  });

  it("rejects months outside 01 to 12 with a message naming the month", () => {
    expect(() => d("2020-13")).toThrow('month 13 is not between 01 and 12 in "2020-13"');
    expect(() => d("2020-00-10")).toThrow('month 00 is not between 01 and 12 in "2020-00-10"');
  });

  it("rejects other shapes with the expected formats", () => {
    for (const text of ["20-1", "2020-1", "2020-01-1", "", " 2020", "2020-01-13T00:00", "01/13/2020", "2020-Q1"]) {
      expect(() => d(text)).toThrow(`expected YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"`);
    }
  });

  it("throws PartialDateError, which tryParsePartialDate turns into a result", () => {
    expect(() => d("20-1")).toThrow(PartialDateError);
    expect(tryParsePartialDate("2020-02")).toEqual({
      ok: true,
      value: { year: 2020, month: 2, day: null, precision: "month" },
    });
    expect(tryParsePartialDate("20-1")).toEqual({
      ok: false,
      error: 'expected YYYY, YYYY-MM or YYYY-MM-DD, got "20-1"',
    });
  });
});

describe("formatting", () => {
  it("formats at the date's own precision, never padded to a day", () => {
    expect(["2020", "2020-01", "2020-01-13"].map((text) => formatPartialDate(d(text)))).toEqual([
      "2020",
      "2020-01",
      "2020-01-13",
    ]);
  });

  it("formats for readers", () => {
    expect(formatPartialDateHuman(d("2020"))).toBe("2020");
    expect(formatPartialDateHuman(d("2020-01"))).toBe("Jan 2020");
    expect(formatPartialDateHuman(d("2020-01-13"))).toBe("13 Jan 2020");
    expect(formatPartialDateHuman(d("2020-12-03"))).toBe("3 Dec 2020");
  });
});

describe("partialDateStart and partialDateEnd", () => {
  it("give the first and last day of the period", () => {
    expect([partialDateStart(d("2020")), partialDateEnd(d("2020"))]).toEqual(["2020-01-01", "2020-12-31"]);
    expect([partialDateStart(d("2020-04")), partialDateEnd(d("2020-04"))]).toEqual(["2020-04-01", "2020-04-30"]);
    expect([partialDateStart(d("2020-01-13")), partialDateEnd(d("2020-01-13"))]).toEqual(["2020-01-13", "2020-01-13"]);
  });

  it("know leap years", () => {
    expect(partialDateEnd(d("2020-02"))).toBe("2020-02-29");
    expect(partialDateEnd(d("2021-02"))).toBe("2021-02-28");
    expect(partialDateEnd(d("2100-02"))).toBe("2100-02-28");
    expect(partialDateEnd(d("2000-02"))).toBe("2000-02-29");
  });
});

describe("comparePartialDates", () => {
  it("sorts by first day, coarser before finer", () => {
    const texts = ["2020-02-01", "2020-01-13", "2020-02", "2020", "2020-01", "2019-12-31", "2020-01-01"];
    const sorted = texts.map(d).sort(comparePartialDates).map(formatPartialDate);
    expect(sorted).toEqual(["2019-12-31", "2020", "2020-01", "2020-01-01", "2020-01-13", "2020-02", "2020-02-01"]);
  });

  it("is zero only for the same date and antisymmetric otherwise", () => {
    expect(comparePartialDates(d("2020-01"), d("2020-01"))).toBe(0);
    expect(Math.sign(comparePartialDates(d("2020"), d("2020-01")))).toBe(-1);
    expect(Math.sign(comparePartialDates(d("2020-01"), d("2020")))).toBe(1);
  });
});

describe("bucketPartialDate", () => {
  it("buckets day dates by month, quarter and year", () => {
    const day = d("2020-02-14");
    expect(bucketPartialDate(day, "month")).toBe("2020-02");
    expect(bucketPartialDate(day, "quarter")).toBe("2020-Q1");
    expect(bucketPartialDate(day, "year")).toBe("2020");
    expect(bucketPartialDate(d("2020-11-30"), "quarter")).toBe("2020-Q4");
  });

  it("buckets a date coarser than the interval at its own precision, never spreading or guessing", () => {
    expect(bucketPartialDate(d("2020"), "month")).toBe("2020");
    expect(bucketPartialDate(d("2020"), "quarter")).toBe("2020");
    expect(bucketPartialDate(d("2020-01"), "month")).toBe("2020-01");
    expect(bucketPartialDate(d("2020-05"), "quarter")).toBe("2020-Q2");
    expect(bucketPartialDate(d("2020-05"), "year")).toBe("2020");
  });
});

describe("periods", () => {
  it("lists every period between two dates, inclusive, across years", () => {
    expect(periodsBetween("2019-11-20", "2020-02-03", "month")).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    expect(periodsBetween("2019-11", "2020-04", "quarter")).toEqual(["2019-Q4", "2020-Q1", "2020-Q2"]);
    expect(periodsBetween("2018-06-01", "2020", "year")).toEqual(["2018", "2019", "2020"]);
  });

  it("covers a coarse from and to by their first and last day", () => {
    expect(periodsBetween("2020", "2020", "quarter")).toEqual(["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"]);
    expect(periodsBetween("2020-Q2", "2020-Q3", "month")).toEqual([
      "2020-04",
      "2020-05",
      "2020-06",
      "2020-07",
      "2020-08",
      "2020-09",
    ]);
  });

  it("is empty when from comes after to, and a single period when they share it", () => {
    expect(periodsBetween("2020-03", "2020-01", "month")).toEqual([]);
    expect(periodsBetween("2020-01-02", "2020-01-30", "month")).toEqual(["2020-01"]);
  });

  it("gives the first and last day of a period label", () => {
    expect([periodStart("2020-Q1"), periodEnd("2020-Q1")]).toEqual(["2020-01-01", "2020-03-31"]);
    expect([periodStart("2021-Q4"), periodEnd("2021-Q4")]).toEqual(["2021-10-01", "2021-12-31"]);
    expect([periodStart("2020-02"), periodEnd("2020-02")]).toEqual(["2020-02-01", "2020-02-29"]);
    expect([periodStart("2020"), periodEnd("2020")]).toEqual(["2020-01-01", "2020-12-31"]);
  });

  it("formats period labels for readers", () => {
    expect(formatPeriodHuman("2020-02")).toBe("Feb 2020");
    expect(formatPeriodHuman("2020-Q1")).toBe("Q1 2020");
    expect(formatPeriodHuman("2020")).toBe("2020");
  });

  it("rejects labels that are not periods", () => {
    expect(() => periodStart("2020-Q5")).toThrow('quarter Q5 is not between Q1 and Q4 in "2020-Q5"');
    expect(() => periodStart("Q1 2020")).toThrow(PartialDateError);
    expect(() => periodEnd("2020-13")).toThrow('month 13 is not between 01 and 12 in "2020-13"');
  });

  it("sorts labels of mixed sizes by first day, coarser first", () => {
    const labels = ["2020-02", "2020-Q1", "2019", "2020", "2020-01", "2020-Q2"];
    expect([...labels].sort(comparePeriods)).toEqual(["2019", "2020", "2020-Q1", "2020-01", "2020-02", "2020-Q2"]);
  });
});

describe("partialDateWithin (the day-level filter rule)", () => {
  it("excludes a month-only date that starts before a day-level from", () => {
    expect(partialDateWithin(d("2020-01"), d("2020-01-15"), null)).toBe(false);
    expect(partialDateWithin(d("2020-01"), d("2020-01-01"), null)).toBe(true);
    expect(partialDateWithin(d("2020-01"), d("2020-01"), null)).toBe(true);
  });

  it("reads to as its last day", () => {
    expect(partialDateWithin(d("2020-01-31"), null, d("2020-01"))).toBe(true);
    expect(partialDateWithin(d("2020-02-01"), null, d("2020-01"))).toBe(false);
    expect(partialDateWithin(d("2020-12-31"), d("2020"), d("2020"))).toBe(true);
  });

  it("excludes a coarse date that reaches past to", () => {
    expect(partialDateWithin(d("2020-01"), null, d("2020-01-30"))).toBe(false);
    expect(partialDateWithin(d("2020"), d("2020-01-01"), d("2020-06-30"))).toBe(false);
    expect(partialDateWithin(d("2020"), d("2020-01-01"), d("2020-12-31"))).toBe(true);
  });

  it("is unbounded on a null side", () => {
    expect(partialDateWithin(d("1999-05-05"), null, null)).toBe(true);
    expect(partialDateWithin(d("1999-05-05"), d("2000"), null)).toBe(false);
  });
});

describe("isPeriodOfInterval", () => {
  it("tells an interval's own periods from coarser buckets", () => {
    expect(isPeriodOfInterval("2020-02", "month")).toBe(true);
    expect(isPeriodOfInterval("2020", "month")).toBe(false);
    expect(isPeriodOfInterval("2020-Q1", "month")).toBe(false);
    expect(isPeriodOfInterval("2020-Q4", "quarter")).toBe(true);
    expect(isPeriodOfInterval("2020-Q5", "quarter")).toBe(false);
    expect(isPeriodOfInterval("2020", "quarter")).toBe(false);
    expect(isPeriodOfInterval("2020", "year")).toBe(true);
    expect(isPeriodOfInterval("2020-02-13", "month")).toBe(false);
  });
});

describe("trimToPrecision", () => {
  it("reads a stored first day back at the precision stored beside it", () => {
    expect(trimToPrecision("2020-01-01", "year")).toBe("2020");
    expect(trimToPrecision("2020-01-01", "month")).toBe("2020-01");
    expect(trimToPrecision("2020-01-13", "day")).toBe("2020-01-13");
  });
});
