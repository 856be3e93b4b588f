// Shapes count buckets grouped by jurisdiction (or by state) into ranked bars: biggest first, every place that has a
// batch listed even when its count was not reported (drawn with a marker, never as a zero-length bar that reads as
// "none").
import { seriesKeyOf, type CountBucketLike } from "../../counts/utils/buckets";
import { SINGLE_SERIES_COLOR } from "../../../ui/theme";

export type PlaceDimension = "jurisdiction" | "state";

export interface PlaceBar {
  key: string;
  label: string;
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
  color: string;
}

export interface ByPlaceData {
  dimension: PlaceDimension;
  bars: PlaceBar[];
  subpoenas: number;
  batches: number;
  unknownCountBatches: number;
}

export function toByPlaceSeries(buckets: CountBucketLike[], dimension: PlaceDimension): ByPlaceData {
  const bars = new Map<string, PlaceBar>();
  for (const bucket of buckets) {
    const { key, label } = seriesKeyOf(bucket, dimension);
    const bar = bars.get(key) ?? {
      key,
      label,
      subpoenas: 0,
      batches: 0,
      unknownCountBatches: 0,
      color: SINGLE_SERIES_COLOR,
    };
    bar.subpoenas += bucket.subpoenas;
    bar.batches += bucket.batches;
    bar.unknownCountBatches += bucket.unknownCountBatches;
    bars.set(key, bar);
  }
  const ranked = [...bars.values()]
    .filter((bar) => bar.subpoenas > 0 || bar.unknownCountBatches > 0 || bar.batches > 0)
    .sort(
      (a, b) =>
        b.subpoenas - a.subpoenas || b.unknownCountBatches - a.unknownCountBatches || a.label.localeCompare(b.label),
    );
  return {
    dimension,
    bars: ranked,
    subpoenas: ranked.reduce((sum, bar) => sum + bar.subpoenas, 0),
    batches: ranked.reduce((sum, bar) => sum + bar.batches, 0),
    unknownCountBatches: ranked.reduce((sum, bar) => sum + bar.unknownCountBatches, 0),
  };
}

export function describeByPlace(data: ByPlaceData): string {
  if (data.bars.length === 0) return "No subpoenas match these filters.";
  const noun = data.dimension === "state" ? "states" : "jurisdictions";
  const listed = data.bars
    .map((bar) => {
      const unknown = bar.unknownCountBatches > 0 ? ` plus ${bar.unknownCountBatches} of unreported size` : "";
      return `${bar.label} ${bar.subpoenas}${unknown}`;
    })
    .join("; ");
  const top = data.bars[0];
  const tied = data.bars.filter((bar) => bar.subpoenas === top.subpoenas);
  const lead =
    tied.length > 1
      ? `${tied.map((bar) => bar.label).join(", ")} tie for the most, with ${top.subpoenas} each.`
      : `${top.label} has the most, with ${top.subpoenas}.`;
  return `${data.subpoenas} subpoenas across ${data.bars.length} ${noun}. ${lead} ${listed}.`;
}
