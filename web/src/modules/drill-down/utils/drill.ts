// From a clicked bar, segment or legend entry to the batches behind it. The API filter narrows the request; the
// exact test (matchesDrill) then keeps only the batches the clicked number counted. The two differ on purpose: a
// state's slug in the API filter includes its counties and cities, but the bar for "Oregon" counts only the batches
// filed under the state itself; and a batch dated only "2020" is not in the "Feb 2020" bar even though a filter from
// February to February cannot rule it out.
import {
  OUTCOME_LABELS,
  bucketPartialDate,
  formatPeriodHuman,
  isOneOf,
  OUTCOMES,
  parsePartialDate,
  periodEnd,
  periodStart,
  pluralize,
  type Interval,
  type Outcome,
  stateName,
} from "@subpoena-tracker/domain";
import type { BatchFilterInput, DashboardFilters, DrillTarget } from "../../dashboard-state/utils/dashboardState";
import { toBatchFilter } from "../../dashboard-state/utils/dashboardState";

// A period label as the partial dates a filter takes: "2020-Q1" runs from "2020-01" to "2020-03".
export function periodRange(period: string): { from: string; to: string } {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    const pad = (month: number): string => String(month).padStart(2, "0");
    return { from: `${quarter[1]}-${pad(first)}`, to: `${quarter[1]}-${pad(first + 2)}` };
  }
  return { from: period, to: period };
}

function laterStart(a: string | null, b: string): string {
  return a !== null && periodStart(a) > periodStart(b) ? a : b;
}

function earlierEnd(a: string | null, b: string): string {
  return a !== null && periodEnd(a) < periodEnd(b) ? a : b;
}

export function drillBatchFilter(filters: DashboardFilters, drill: DrillTarget): BatchFilterInput {
  const filter = toBatchFilter(filters);
  if (drill.period) {
    const range = periodRange(drill.period);
    filter.issuedFrom = laterStart(filters.from, range.from);
    filter.issuedTo = earlierEnd(filters.to, range.to);
  }
  if (drill.dimension === "jurisdiction" && drill.values.length > 0) filter.jurisdictions = drill.values;
  if (drill.dimension === "state" && drill.values.length > 0) filter.states = drill.values;
  if (drill.dimension === "outcome" && drill.values.length > 0) {
    filter.outcomes = drill.values.filter((value): value is Outcome => isOneOf(OUTCOMES, value));
  }
  return filter;
}

// What matchesDrill needs to know about a batch.
export interface DrillableBatch {
  // Issue date at its own precision.
  date: string;
  jurisdiction: { slug: string; state: string };
  // The outcomes in the batch's breakdown.
  outcomes: Outcome[];
}

export function matchesDrill(batch: DrillableBatch, drill: DrillTarget, interval: Interval): boolean {
  if (drill.period && bucketPartialDate(parsePartialDate(batch.date), interval) !== drill.period) return false;
  switch (drill.dimension) {
    case "jurisdiction":
      return drill.values.includes(batch.jurisdiction.slug);
    case "state":
      return drill.values.includes(batch.jurisdiction.state);
    case "outcome":
      return batch.outcomes.some((outcome) => drill.values.includes(outcome));
    case null:
      return true;
  }
}

// The heading of the list: "Feb 2020 · Denver", "Declined", "All periods · Oregon".
export function describeDrill(drill: DrillTarget, labelOf: (value: string) => string | undefined): string {
  const parts: string[] = [];
  if (drill.period) parts.push(formatPeriodHuman(drill.period));
  if (drill.dimension) {
    const label = (value: string): string => {
      if (drill.dimension === "outcome" && isOneOf(OUTCOMES, value)) return OUTCOME_LABELS[value];
      if (drill.dimension === "state") return labelOf(value) ?? stateName(value);
      return labelOf(value) ?? value;
    };
    const names = drill.values.map(label);
    parts.push(names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", "));
  }
  return parts.join(" · ") || "All batches";
}

// What a clicked bar counted, said above the list of batches: "14 subpoenas in 4 batches".
export function subpoenasInBatches(subpoenas: number, batches: number): string {
  return `${pluralize(subpoenas, "subpoena")} in ${pluralize(batches, "batch", "batches")}`;
}
