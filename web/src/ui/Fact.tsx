import type { ReactNode } from "react";

// One term and its value in a <dl> of facts; the wrapping div lets the styles lay a pair out as a unit.
export function Fact({ label, numeric, children }: { label: ReactNode; numeric?: boolean; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={numeric ? "num" : undefined}>{children}</dd>
    </div>
  );
}
