// Partial dates: the sources often say only "January 2020" or "in 2020", and the data keeps exactly that much
// (YYYY, YYYY-MM or YYYY-MM-DD). Nothing here pads a coarse date into a day: a month-only date is a whole month, and
// every function below treats it as the period it is.
//
// No Date objects are used: they bring time zones into what are calendar days, and the rules are simple enough.

import { MONTH_ABBREVIATIONS } from "./format";

export type DatePrecision = "year" | "month" | "day";

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
}

// Thrown with a message that says what is wrong and what is expected, so that importers and forms can show it as is.
export class PartialDateError extends Error {
  override readonly name = "PartialDateError";
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Coarser precisions sort first among dates that start on the same day (see comparePartialDates).
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Strict on purpose: the text must match the data package's pattern exactly (no spaces, no single-digit months), so
// that what is stored is always the canonical form. Callers trim user input themselves.
export function parsePartialDate(text: string): PartialDate {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) {
    throw new PartialDateError(`expected YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"`);
  }
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  // There is no year 0 (1 BC is followed by AD 1), and PostgreSQL refuses it: say so rather than fail later.
  if (year === 0) {
    throw new PartialDateError(`year 0000 does not exist; years start at 0001, got "${text}"`);
  }
  if (monthText === undefined) {
    return { year, month: null, day: null, precision: "year" };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    throw new PartialDateError(`month ${monthText} is not between 01 and 12 in "${text}"`);
  }
  if (dayText === undefined) {
    return { year, month, day: null, precision: "month" };
  }
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new PartialDateError(`${text} is not a day of the calendar`);
  }
  return { year, month, day, precision: "day" };
}

export function tryParsePartialDate(text: string): { ok: true; value: PartialDate } | { ok: false; error: string } {
  try {
    return { ok: true, value: parsePartialDate(text) };
  } catch (error) {
    if (error instanceof PartialDateError) return { ok: false, error: error.message };
    throw error;
  }
}

// The canonical text, at the date's own precision: "2020", "2020-01" or "2020-01-13".
export function formatPartialDate(d: PartialDate): string {
  switch (d.precision) {
    case "year":
      return pad(d.year, 4);
    case "month":
      return `${pad(d.year, 4)}-${pad(d.month ?? 1, 2)}`;
    case "day":
      return isoDay(d.year, d.month ?? 1, d.day ?? 1);
  }
}

// For readers: "2020", "Jan 2020" or "13 Jan 2020". Day-month-year with an abbreviated month cannot be misread as
// either the U.S. or the European numeric order.
export function formatPartialDateHuman(d: PartialDate): string {
  const month = MONTH_ABBREVIATIONS[(d.month ?? 1) - 1];
  switch (d.precision) {
    case "year":
      return String(d.year);
    case "month":
      return `${month} ${d.year}`;
    case "day":
      return `${d.day ?? 1} ${month} ${d.year}`;
  }
}

// The first day of the period the date stands for, as "YYYY-MM-DD".
export function partialDateStart(d: PartialDate): string {
  return isoDay(d.year, d.month ?? 1, d.day ?? 1);
}

// The last day of the period the date stands for, as "YYYY-MM-DD" ("2020-02" ends on 2020-02-29).
export function partialDateEnd(d: PartialDate): string {
  const month = d.month ?? 12;
  return isoDay(d.year, month, d.day ?? daysInMonth(d.year, month));
}

// A partial date as stored (its first day, "2020-01-01", beside a precision column) back to its text form ("2020-01").
export function trimToPrecision(isoDay: string, precision: DatePrecision): string {
  return precision === "year" ? isoDay.slice(0, 4) : precision === "month" ? isoDay.slice(0, 7) : isoDay.slice(0, 10);
}

// A total order for sorting lists of records: by first day, then coarser before finer, so "2020", "2020-01" and
// "2020-01-01" (which all start on 1 Jan 2020) always come out in that order. Two dates that tie are the same date.
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const aStart = partialDateStart(a);
  const bStart = partialDateStart(b);
  if (aStart !== bStart) return aStart < bStart ? -1 : 1;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

// DAY-LEVEL FILTER RULE. A record matches a date-range filter only when the whole period its date stands for lies
// inside the range. `from` stands for its first day and `to` for its last day, whatever their precision; null means
// unbounded. So issuedFrom "2020-01-15" excludes a batch dated "2020-01" (it may have been issued on the 3rd), and
// issuedTo "2020-01" includes "2020-01-31". A filter never claims a record it cannot be sure of.
// The server applies the same rule in SQL: start >= partialDateStart(from) AND end <= partialDateEnd(to).
export function partialDateWithin(d: PartialDate, from: PartialDate | null, to: PartialDate | null): boolean {
  if (from !== null && partialDateStart(d) < partialDateStart(from)) return false;
  if (to !== null && partialDateEnd(d) > partialDateEnd(to)) return false;
  return true;
}

// ---- Periods: grouping dates for charts and tables ----

export type Interval = "month" | "quarter" | "year";

function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

// The label of the period a date falls in: "2020-02" (month), "2020-Q1" (quarter) or "2020" (year).
// A date coarser than the interval is bucketed at its own precision and never spread over, or guessed into, the finer
// periods: grouped by month, a year-only date goes to "2020"; grouped by quarter, a month-only date goes to its
// quarter (it lies wholly inside it) and a year-only date to "2020".
export function bucketPartialDate(d: PartialDate, interval: Interval): string {
  const year = pad(d.year, 4);
  if (interval === "year" || d.precision === "year") return year;
  const month = d.month ?? 1;
  if (interval === "quarter") return `${year}-Q${quarterOf(month)}`;
  return `${year}-${pad(month, 2)}`;
}

const INTERVAL_PATTERNS: Record<Interval, RegExp> = {
  month: /^\d{4}-\d{2}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
};

// Whether a period label is one of the interval's own periods, rather than a coarser bucket ("2020" among months).
export function isPeriodOfInterval(period: string, interval: Interval): boolean {
  return INTERVAL_PATTERNS[interval].test(period);
}

type PeriodKind = Interval | "day";

interface Period {
  kind: PeriodKind;
  year: number;
  quarter: number | null;
  month: number | null;
  day: number | null;
  start: string;
  end: string;
}

const PERIOD_PATTERN = /^\d{4}(?:-Q\d|-\d{2}(?:-\d{2})?)?$/;
const QUARTER_PATTERN = /^(\d{4})-Q(\d)$/;

// Reads a period label ("2020", "2020-Q1", "2020-02") or a day ("2020-02-13"), so that the period helpers accept both
// what bucketPartialDate produces and the partial dates stored in the data.
function parsePeriod(label: string): Period {
  if (!PERIOD_PATTERN.test(label)) {
    throw new PartialDateError(`expected a period YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, got "${label}"`);
  }
  const quarterMatch = QUARTER_PATTERN.exec(label);
  if (quarterMatch) {
    const year = Number(quarterMatch[1]);
    const quarter = Number(quarterMatch[2]);
    if (quarter < 1 || quarter > 4) {
      throw new PartialDateError(`quarter Q${quarter} is not between Q1 and Q4 in "${label}"`);
    }
    const firstMonth = (quarter - 1) * 3 + 1;
    const lastMonth = firstMonth + 2;
    return {
      kind: "quarter",
      year,
      quarter,
      month: null,
      day: null,
      start: isoDay(year, firstMonth, 1),
      end: isoDay(year, lastMonth, daysInMonth(year, lastMonth)),
    };
  }
  const d = parsePartialDate(label);
  return {
    kind: d.precision,
    year: d.year,
    quarter: d.month === null ? null : quarterOf(d.month),
    month: d.month,
    day: d.day,
    start: partialDateStart(d),
    end: partialDateEnd(d),
  };
}

// First day of a period label, as "YYYY-MM-DD".
export function periodStart(label: string): string {
  return parsePeriod(label).start;
}

// How precise a period label is: "2020" is a year even in a monthly grouping, where it holds the batches whose month
// is not reported. Data files carry it beside periodStart, which "2020" and "2020-01" share.
export function periodPrecision(label: string): Interval {
  const kind = parsePeriod(label).kind;
  if (kind === "day") throw new PartialDateError(`"${label}" is a day, not a period`);
  return kind;
}

// Last day of a period label, as "YYYY-MM-DD".
export function periodEnd(label: string): string {
  return parsePeriod(label).end;
}

// "Feb 2020", "Q1 2020" or "2020" (and "13 Feb 2020" for a day).
export function formatPeriodHuman(label: string): string {
  const period = parsePeriod(label);
  const month = MONTH_ABBREVIATIONS[(period.month ?? 1) - 1];
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "quarter":
      return `Q${period.quarter ?? 1} ${period.year}`;
    case "month":
      return `${month} ${period.year}`;
    case "day":
      return `${period.day ?? 1} ${month} ${period.year}`;
  }
}

// Sorts period labels the way comparePartialDates sorts dates: by first day, coarser first, so a year bucket "2020"
// comes before "2020-Q1", which comes before "2020-01".
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
  if (pa.end !== pb.end) return pa.end > pb.end ? -1 : 1;
  return 0;
}

// A running number for each period of the interval, so that consecutive periods differ by one.
function periodIndex(day: string, interval: Interval): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (interval) {
    case "year":
      return year;
    case "quarter":
      return year * 4 + quarterOf(month) - 1;
    case "month":
      return year * 12 + month - 1;
  }
}

function periodLabel(index: number, interval: Interval): string {
  switch (interval) {
    case "year":
      return pad(index, 4);
    case "quarter":
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    case "month":
      return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
  }
}

// Every period label of the interval from the one holding the first day of `from` to the one holding the last day of
// `to`, inclusive, so that a chart can show empty periods as zero instead of skipping them. `from` and `to` may be
// partial dates or period labels. Only periods of the interval's own size are listed: the coarser buckets that
// bucketPartialDate gives to coarse dates (a "2020" among months) are shown apart, as "month not reported".
// An empty list when `from` comes after `to`.
export function periodsBetween(from: string, to: string, interval: Interval): string[] {
  const first = periodIndex(parsePeriod(from).start, interval);
  const last = periodIndex(parsePeriod(to).end, interval);
  const labels: string[] = [];
  for (let index = first; index <= last; index += 1) {
    labels.push(periodLabel(index, interval));
  }
  return labels;
}
