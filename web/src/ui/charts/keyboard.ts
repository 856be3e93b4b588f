// The props that make a chart's mark a button a keyboard reaches, as the map's states and circles are
// (packages/charts MapChart): in the tab order, named for screen readers, opened with Enter or Space. The pointer
// keeps the mark's own click handler.
import type { KeyboardEvent } from "react";

export interface MarkButtonProps {
  tabIndex: 0;
  role: "button";
  "aria-label": string;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function markButton(name: string, onActivate: () => void): MarkButtonProps {
  return {
    tabIndex: 0,
    role: "button",
    "aria-label": name,
    onKeyDown: (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onActivate();
      }
    },
  };
}

/** "Oregon: 15 subpoenas", with batches of unreported size said, as the map says them. */
export function markName(label: string, figure: string, unknownCountBatches: number, listsBatches = true): string {
  const unknown = unknownCountBatches > 0 ? ` plus ${unknownCountBatches} of unreported size` : "";
  return `${label}: ${figure} subpoena${figure === "1" ? "" : "s"}${unknown}.${listsBatches ? " List the batches" : ""}`;
}
