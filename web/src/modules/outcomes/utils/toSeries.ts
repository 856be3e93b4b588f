// Shapes count buckets grouped by outcome into one bar per outcome, in the canonical order (from "nothing yet" to the
// ends of the story), with each outcome's fixed colour and its share of the subpoenas whose number is known.
import { OUTCOMES, OUTCOME_DESCRIPTIONS, OUTCOME_LABELS, type Outcome } from "@subpoena-tracker/domain";
import type { CountBucketLike } from "../../counts/utils/buckets";
import { OUTCOME_COLORS } from "../../../ui/theme";

export interface OutcomeBar {
  outcome: Outcome;
  label: string;
  description: string;
  color: string;
  subpoenas: number;
  // Batches with some subpoenas in this outcome (a batch whose parts stand differently counts under each).
  batches: number;
  unknownCountBatches: number;
  // Of the subpoenas whose number is known, 0 to 1.
  share: number;
}

export interface OutcomesData {
  bars: OutcomeBar[];
  subpoenas: number;
  unknownCountBatches: number;
}

export function toOutcomeSeries(buckets: CountBucketLike[]): OutcomesData {
  const tallies = new Map<Outcome, { subpoenas: number; batches: number; unknownCountBatches: number }>();
  for (const bucket of buckets) {
    if (!bucket.outcome) continue;
    const tally = tallies.get(bucket.outcome) ?? { subpoenas: 0, batches: 0, unknownCountBatches: 0 };
    tally.subpoenas += bucket.subpoenas;
    tally.batches += bucket.batches;
    tally.unknownCountBatches += bucket.unknownCountBatches;
    tallies.set(bucket.outcome, tally);
  }
  const subpoenas = [...tallies.values()].reduce((sum, tally) => sum + tally.subpoenas, 0);
  const bars = OUTCOMES.filter((outcome) => {
    const tally = tallies.get(outcome);
    return tally !== undefined && (tally.subpoenas > 0 || tally.unknownCountBatches > 0);
  }).map((outcome): OutcomeBar => {
    const tally = tallies.get(outcome) ?? { subpoenas: 0, batches: 0, unknownCountBatches: 0 };
    return {
      outcome,
      label: OUTCOME_LABELS[outcome],
      description: OUTCOME_DESCRIPTIONS[outcome],
      color: OUTCOME_COLORS[outcome],
      ...tally,
      share: subpoenas > 0 ? tally.subpoenas / subpoenas : 0,
    };
  });
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
