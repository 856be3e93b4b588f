import type { ReactNode } from "react";

export interface StatProps {
  label: ReactNode;
  // The time frame the figure covers, said beside it ("Jan to Mar 2020").
  period?: string;
  // The big number, marked with data-figure so it can be found by name.
  value?: ReactNode;
  figure?: string;
  note?: ReactNode;
  wide?: boolean;
  children?: ReactNode;
}

// One headline figure: its label as a heading, the number, and the note that qualifies it.
export function Stat({ label, period, value, figure, note, wide, children }: StatProps) {
  return (
    <div className={wide ? "stat stat--wide" : "stat"}>
      <h2 className="stat__label">
        {label}
        {period && (
          <>
            {" "}
            <span className="stat__period" data-stat-period>
              {period}
            </span>
          </>
        )}
      </h2>
      {value !== undefined && (
        <p className="stat__value" data-figure={figure}>
          {value}
        </p>
      )}
      {note !== undefined && <p className="stat__note">{note}</p>}
      {children}
    </div>
  );
}
