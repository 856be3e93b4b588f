import { OUTCOME_DESCRIPTIONS, OUTCOME_LABELS, type Outcome } from "@subpoena-tracker/domain";
import { OUTCOME_COLORS } from "../../../ui/theme";

export interface OutcomeBreakdownProps {
  parts: { outcome: Outcome; subpoenas: number | null }[];
}

// Where a batch's subpoenas stand: one line per part, each with its outcome's colour and number (or "number not
// reported": a part of unknown size is never shown as zero).
export function OutcomeBreakdown({ parts }: OutcomeBreakdownProps) {
  if (parts.length === 0) return <span>No outcome derived</span>;
  return (
    <ul className="outcome-list">
      {parts.map((part) => (
        <li key={part.outcome} title={OUTCOME_DESCRIPTIONS[part.outcome]}>
          <span className="swatch" style={{ background: OUTCOME_COLORS[part.outcome] }} aria-hidden="true" />
          <span>
            {OUTCOME_LABELS[part.outcome]}
            {parts.length > 1 || part.subpoenas === null ? (
              <span className="num">: {part.subpoenas === null ? "number not reported" : part.subpoenas}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
