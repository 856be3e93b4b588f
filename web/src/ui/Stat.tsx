import type { ReactNode } from "react";

export interface StatProps {
  label: ReactNode;
  // The big number, marked with data-figure so it can be found by name.
  value?: ReactNode;
  figure?: string;
  note?: ReactNode;
  wide?: boolean;
  children?: ReactNode;
}

// One headline figure: its label as a heading, the number, and the note that qualifies it.
export function Stat({ label, value, figure, note, wide, children }: StatProps) {
  return (
    <div className={wide ? "stat stat--wide" : "stat"}>
      <h2 className="stat__label">{label}</h2>
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
