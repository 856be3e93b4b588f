// Shapes count buckets grouped by outcome into one bar per outcome, in the canonical order (from "nothing yet" to the
// ends of the story), with each outcome's fixed colour and its share of the subpoenas whose number is known.
// The tallying and the order are the shared rules (toBars in @subpoena-tracker/charts).
import { LIGHT_THEME, resolveColor, toBars, type CountBucketLike } from "@subpoena-tracker/charts";
import { OUTCOMES, OUTCOME_DESCRIPTIONS, OUTCOME_LABELS, isOneOf, type Outcome } from "@subpoena-tracker/domain";

export interface OutcomeBar {
  outcome: Outcome;
  label: string;
  description: string;
  color: string;
  subpoenas: number;
  // Batches with some subpoenas in this outcome (a batch whose parts stand differently counts under each).
  batches: number;
  unknownCountBatches: number;
  inexactCountBatches: number;
  // Of the subpoenas whose number is known, 0 to 1.
  share: number;
}

export interface OutcomesData {
  bars: OutcomeBar[];
  subpoenas: number;
  unknownCountBatches: number;
}

export function toOutcomeSeries(buckets: CountBucketLike[]): OutcomesData {
  // Buckets without an outcome are not a slice of "what happened": the outcome chart leaves them out.
  const tallies = toBars(buckets, "outcome").flatMap((bar) =>
    isOneOf(OUTCOMES, bar.key) && (bar.subpoenas > 0 || bar.unknownCountBatches > 0)
      ? [{ ...bar, outcome: bar.key }]
      : [],
  );
  const subpoenas = tallies.reduce((sum, tally) => sum + tally.subpoenas, 0);
  const bars = tallies.map((tally): OutcomeBar => ({
    outcome: tally.outcome,
    label: OUTCOME_LABELS[tally.outcome],
    description: OUTCOME_DESCRIPTIONS[tally.outcome],
    color: resolveColor(LIGHT_THEME, tally.color),
    subpoenas: tally.subpoenas,
    batches: tally.batches,
    unknownCountBatches: tally.unknownCountBatches,
    inexactCountBatches: tally.inexactCountBatches,
    share: subpoenas > 0 ? tally.subpoenas / subpoenas : 0,
  }));
  return {
    bars,
    subpoenas,
    unknownCountBatches: bars.reduce((sum, bar) => sum + bar.unknownCountBatches, 0),
  };
}

export function formatPercent(share: number): string {
  if (share > 0 && share < 0.01) return "<1%";
  return `${Math.round(share * 100)}%`;
}

export function describeOutcomes(data: OutcomesData): string {
  if (data.bars.length === 0) return "No subpoenas match these filters.";
  const ranked = [...data.bars].sort((a, b) => b.subpoenas - a.subpoenas);
  const parts = ranked.map((bar) => `${bar.label} ${bar.subpoenas} (${formatPercent(bar.share)})`).join(", ");
  const lead = `Of ${data.subpoenas} subpoenas, ${ranked[0].subpoenas} stand as "${ranked[0].label.toLowerCase()}", the most common outcome.`;
  const unknown = data.bars.filter((bar) => bar.unknownCountBatches > 0);
  const unknownText =
    unknown.length > 0
      ? ` Not counted: ${unknown.map((bar) => `${bar.unknownCountBatches} ${bar.label.toLowerCase()} batch${bar.unknownCountBatches === 1 ? "" : "es"} of unreported size`).join(", ")}.`
      : "";
  return `${lead} ${parts}.${unknownText}`;
}
