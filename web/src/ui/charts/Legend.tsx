import { UnknownMarker } from "../UnknownMarker";
export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  // What the entry stands for, e.g. "4" or "4 + 1 unreported".
  valueText: string;
  // The accessible name of the button, e.g. "Denver, 4 subpoenas: list the batches".
  actionLabel: string;
  // False for an entry whose batches cannot be listed (places summed by the API without their names): no button.
  listable?: boolean;
}

export interface LegendProps {
  entries: LegendEntry[];
  selectedKey?: string | null;
  onSelect?: (key: string) => void;
  label: string;
}

// The chart's legend as buttons: clicking (or pressing Enter on) an entry lists the batches behind that series, the
// same as clicking its segments.
export function Legend({ entries, selectedKey, onSelect, label }: LegendProps) {
  return (
    <ul className="legend" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.key} className="legend__item">
          {onSelect && entry.listable !== false ? (
            <button
              type="button"
              aria-pressed={selectedKey === entry.key}
              aria-label={entry.actionLabel}
              onClick={() => onSelect(entry.key)}
            >
              <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
              {entry.label} <span className="legend__value">{entry.valueText}</span>
            </button>
          ) : (
            <span>
              <span className="swatch" style={{ background: entry.color }} aria-hidden="true" /> {entry.label}{" "}
              <span className="legend__value">{entry.valueText}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

// The key to the marker every chart puts where a batch's size was not reported.
export function UnknownMarkerKey({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <p>
      <UnknownMarker /> marks {count === 1 ? "a batch" : `${count} batches`} whose number of subpoenas was not reported.
      They are not drawn as zero and not counted in the bars.
    </p>
  );
}
