// The "Embed" button of a dashboard chart: opens the embed builder for that chart, with the view on screen (read from
// the address, which holds the whole dashboard state) as the starting point.
import { useRef, useState } from "react";
import { DASHBOARD_CHARTS } from "@subpoena-tracker/charts";
import { matchRoute } from "../../../app/routes";
import {
  countActiveFilters,
  parseDashboardState,
  type DashboardState,
} from "../../dashboard-state/utils/dashboardState";
import { initialChoices, type BuilderChoices } from "../utils/embedBuilder";
import { EmbedBuilder } from "./EmbedBuilder";

/** The view on screen. A jurisdiction's page filters by its jurisdiction through its address, not its query. */
function currentView(): DashboardState {
  const state = parseDashboardState(window.location.search);
  const route = matchRoute(window.location.pathname);
  if (route.name !== "jurisdiction" || state.filters.jurisdictions.includes(route.slug)) return state;
  return { ...state, filters: { ...state.filters, jurisdictions: [route.slug, ...state.filters.jurisdictions] } };
}

export interface EmbedButtonProps {
  /** The dashboard's id of the chart ("over-time", "by-place", "outcomes"); other figures get no button. */
  chart: string | undefined;
}

export function EmbedButton({ chart }: EmbedButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<{ state: DashboardState; choices: BuilderChoices } | null>(null);
  if (!chart || !(chart in DASHBOARD_CHARTS)) return null;

  const show = () => {
    setOpen({ state: currentView(), choices: initialChoices(chart) });
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();

  return (
    <>
      <button type="button" className="button" onClick={show} aria-haspopup="dialog" data-embed-button={chart}>
        Embed
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={`embed-dialog-title-${chart}`}
        onClose={() => setOpen(null)}
      >
        <div className="embed-dialog__header">
          <h2 id={`embed-dialog-title-${chart}`}>Embed this chart</h2>
          <button type="button" className="button button--quiet" onClick={close}>
            Close
          </button>
        </div>
        {open ? (
          <EmbedBuilder
            choices={open.choices}
            onChange={(choices) => setOpen({ ...open, choices })}
            state={open.state}
            hasFilters={countActiveFilters(open.state.filters) > 0}
          />
        ) : null}
      </dialog>
    </>
  );
}
