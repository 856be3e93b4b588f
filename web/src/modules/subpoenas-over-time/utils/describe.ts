// The chart's text summary: what a reader should take away, in words a screen reader reads and a reporter can quote.
import { formatRange, unreportedNote } from "@subpoena-tracker/charts";
import { formatNumber, pluralize } from "@subpoena-tracker/domain";
import type { OverTimeData } from "./toSeries";

const INTERVAL_NOUNS = { month: "month", quarter: "quarter", year: "year" } as const;

function listSeries(data: OverTimeData): string {
  return data.series
    .filter((s) => s.subpoenas > 0 || s.unknownCountBatches > 0)
    .map(
      (s) =>
        `${s.label} ${formatNumber(s.subpoenas)}${s.unknownCountBatches > 0 ? ` ${unreportedNote(s.unknownCountBatches)}` : ""}`,
    )
    .join(", ");
}

// Few empty periods are named; many (a five-year span of months with subpoenas in six) are counted, naming the
// periods that did have subpoenas instead, so the summary stays a few lines long.
const MAX_NAMED_PERIODS = 6;

function emptyPeriodsSentence(rows: OverTimeData["rows"], noun: string): string | null {
  const empty = rows.filter((row) => row.total === 0 && row.unknownCountBatches === 0);
  if (empty.length === 0) return null;
  if (empty.length <= MAX_NAMED_PERIODS) return `None recorded in ${empty.map((row) => row.label).join(", ")}.`;
  const recorded = rows.filter((row) => !empty.includes(row));
  const count = `None recorded in ${empty.length} of the ${rows.length} ${noun}s`;
  if (recorded.length > 2 * MAX_NAMED_PERIODS) return `${count}.`;
  return `${count}; subpoenas were recorded in ${recorded.map((row) => row.label).join(", ")}.`;
}

export function describeOverTime(data: OverTimeData): string {
  const { rows } = data;
  if (rows.length === 0 && data.coarseRows.length === 0) return "No subpoenas match these filters.";
  const sentences: string[] = [];
  // "Jan to Mar 2020", "Q1 2020", "2021 to 2022": never "from Q1 2020 to Q1 2020".
  const span = data.range ? `, ${formatRange(data.range, "short")}` : "";
  sentences.push(`${pluralize(data.subpoenas, "subpoena")}${span}.`);

  if (rows.length > 1) {
    const peak = rows.reduce((best, row) => (row.total > best.total ? row : best), rows[0]);
    if (peak.total > 0) {
      sentences.push(`The busiest ${INTERVAL_NOUNS[data.interval]} was ${peak.label}, with ${peak.total}.`);
    }
    const sentence = emptyPeriodsSentence(rows, INTERVAL_NOUNS[data.interval]);
    if (sentence) sentences.push(sentence);
  }
  if (data.stackBy !== "none") {
    const parts = listSeries(data);
    if (parts) sentences.push(`By ${data.stackBy}: ${parts}.`);
  }
  const withUnknown = [...rows, ...data.coarseRows].filter((row) => row.unknownCountBatches > 0);
  if (withUnknown.length > 0) {
    const where = withUnknown.map((row) => `${row.unknownCountBatches} in ${row.label}`).join(", ");
    sentences.push(
      `Not counted above: ${pluralize(data.unknownCountBatches, "batch", "batches")} whose number of subpoenas was not reported (${where}).`,
    );
  }
  for (const row of data.coarseRows) {
    if (row.total > 0) sentences.push(`${pluralize(row.total, "subpoena")} dated only as ${row.label}.`);
  }
  return sentences.join(" ");
}
