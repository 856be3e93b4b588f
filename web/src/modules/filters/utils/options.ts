// The choices the filter bar offers, built from the data (jurisdictions, coverage) and the domain's vocabularies.
import {
  ISSUING_COMPONENTS,
  ISSUING_COMPONENT_LABELS,
  OFFENSE_CATEGORIES,
  OFFENSE_CATEGORY_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  formatPeriodHuman,
  periodsBetween,
  tryParsePartialDate,
  formatPartialDateHuman,
  stateName,
  compareText,
} from "@subpoena-tracker/domain";
import type { JurisdictionLike } from "../../jurisdictions/utils/tree";

export interface FilterOption {
  value: string;
  label: string;
}

export function stateOptions(jurisdictions: readonly Pick<JurisdictionLike, "state">[]): FilterOption[] {
  const codes = [...new Set(jurisdictions.map((j) => j.state).filter((s): s is string => Boolean(s)))];
  return codes.map((code) => ({ value: code, label: stateName(code) })).sort((a, b) => compareText(a.label, b.label));
}

export const OUTCOME_OPTIONS: FilterOption[] = OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));
export const ISSUING_COMPONENT_OPTIONS: FilterOption[] = ISSUING_COMPONENTS.map((c) => ({
  value: c,
  label: ISSUING_COMPONENT_LABELS[c],
}));
export const OFFENSE_CATEGORY_OPTIONS: FilterOption[] = OFFENSE_CATEGORIES.map((c) => ({
  value: c,
  label: OFFENSE_CATEGORY_LABELS[c],
})).sort((a, b) => compareText(a.label, b.label));

// Months from January of the first year covered to December of the last, so a range can reach past the data; a
// value from the address that is not a month (a day, a year) is kept as an option so the menu shows it.
export function monthOptions(
  coverageFrom: string | null,
  coverageTo: string | null,
  current: (string | null)[],
): FilterOption[] {
  const options: FilterOption[] =
    coverageFrom && coverageTo
      ? periodsBetween(coverageFrom.slice(0, 4), coverageTo.slice(0, 4), "month").map((month) => ({
          value: month,
          label: formatPeriodHuman(month),
        }))
      : [];
  for (const value of current) {
    if (!value || options.some((option) => option.value === value)) continue;
    const parsed = tryParsePartialDate(value);
    if (parsed.ok) options.push({ value, label: formatPartialDateHuman(parsed.value) });
  }
  return options.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
