// Words and numbers as readers see them, the same on the dashboard, in the embeds and in the exports.

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** "28 Nov 2026": day, abbreviated month and year cannot be misread in any country. In UTC, so that the same instant
 * reads the same everywhere. */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTH_ABBREVIATIONS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `formatDay` of an ISO 8601 timestamp ("2026-11-28T03:10:00.000Z"); text that is not a date is returned as is. */
export function formatTimestampDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDay(date);
}

// Whole numbers are grouped by hand: Number#toLocaleString builds a new formatter on each call (it was the costliest
// function of the dashboard's first render), and even one shared Intl.NumberFormat costs about 20 ms to create in a
// browser (its locale data), a long task on a slow phone before the page can draw (issue 12). Anything else (a
// fraction, a huge number) goes to Intl, created on first use.
let numberFormat: Intl.NumberFormat | null = null;

/** A whole number as the site writes it: "1,234" (the same digits as `toLocaleString("en-US")`). */
export function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return (numberFormat ??= new Intl.NumberFormat("en-US")).format(value);
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}

let collator: Intl.Collator | null = null;

// Letters, digits and spaces only: the collator's order for these is known without it (below).
const PLAIN_TEXT = /^[A-Za-z0-9 ]*$/;

/** Alphabetical order, as `a.localeCompare(b, "en")`, with one shared collator: localeCompare with a locale builds one
 * on every call, which made sorting the 3,000 places of a large dataset cost tens of milliseconds. Creating the
 * collator itself costs 10-20 ms in Chromium, on the dashboard's first load, to sort a few state and category names:
 * plain names are compared without it, in the same order (format.test.ts checks it against the collator). */
export function compareText(a: string, b: string): number {
  if (PLAIN_TEXT.test(a) && PLAIN_TEXT.test(b)) return comparePlainText(a, b);
  return (collator ??= new Intl.Collator("en")).compare(a, b);
}

// The collator's order for letters, digits and spaces: case aside, space before digits before letters (their code
// points' order once in lower case); the same letters, lower case first at the first difference.
function comparePlainText(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i] ? -1 : 1;
  return 0;
}

/** "22 subpoenas", "1 subpoena": the unit always travels with the number. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
