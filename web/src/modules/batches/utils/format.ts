// Reader-facing words for a batch's dates, counts and sources, from the API's values.
import {
  EVENT_STATUSES,
  EVENT_STATUS_LABELS,
  OUTCOME_LABELS,
  RELIABILITIES,
  RELIABILITY_LABELS,
  SOURCE_KINDS,
  SOURCE_KIND_LABELS,
  formatPartialDateHuman,
  tryParsePartialDate,
  type Outcome,
} from "@subpoena-tracker/domain";
import { fromGraphQLEnum, labelOfEnum } from "../../counts/utils/enums";

const DATE_PRECISION_NOTES = {
  day: null,
  month: "day not reported",
  year: "month not reported",
} as const;

// "14 Feb 2020", "Feb 2020", "2020": a date always at its own precision, never padded.
export function formatPartialDateText(value: string | null | undefined): string {
  if (!value) return "date not reported";
  const parsed = tryParsePartialDate(value);
  return parsed.ok ? formatPartialDateHuman(parsed.value) : value;
}

// Said beside a coarse date so that "Feb 2020" is not read as a day.
export function precisionNote(precision: string | null | undefined): string | null {
  if (!precision) return null;
  const key = precision.toLowerCase();
  return key in DATE_PRECISION_NOTES ? DATE_PRECISION_NOTES[key as keyof typeof DATE_PRECISION_NOTES] : null;
}

export function eventStatusLabel(status: string): string {
  return labelOfEnum(EVENT_STATUSES, EVENT_STATUS_LABELS, status);
}

export function sourceKindLabel(kind: string): string {
  return labelOfEnum(SOURCE_KINDS, SOURCE_KIND_LABELS, kind);
}

export function reliabilityLabel(reliability: string): string {
  return labelOfEnum(RELIABILITIES, RELIABILITY_LABELS, reliability);
}

export function isAggregator(reliability: string): boolean {
  return fromGraphQLEnum(RELIABILITIES, reliability) === "aggregator";
}

export interface OutcomePartLike {
  outcome: Outcome;
  subpoenas: number | null;
}

// "3 court-ordered, 1 declined"; a part of unknown size says so instead of a number.
export function describeOutcomeParts(parts: OutcomePartLike[]): string {
  if (parts.length === 0) return "No outcome derived";
  return parts
    .map((part) => {
      const label = OUTCOME_LABELS[part.outcome];
      if (parts.length === 1) return part.subpoenas === null ? `${label} (number not reported)` : `${label}`;
      return part.subpoenas === null ? `${label}: number not reported` : `${part.subpoenas} ${label.toLowerCase()}`;
    })
    .join(", ");
}

// Event and source ids are not stable, so list keys and deduplication use what is.
export function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}
