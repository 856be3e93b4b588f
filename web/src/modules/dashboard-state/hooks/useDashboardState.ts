import { useCallback, useMemo } from "react";
import { navigate, useLocation } from "../../../app/router";
import { parseDashboardState, serializeDashboardState, type DashboardState } from "../utils/dashboardState";

export type DashboardStateUpdate = (state: DashboardState) => DashboardState;

// The view as the address holds it, and a setter that writes a new history entry, so Back undoes each change. The
// page keeps its path (home or a jurisdiction page); only the query string changes.
export function useDashboardState(): [DashboardState, (update: DashboardStateUpdate) => void] {
  const { pathname, search } = useLocation();
  const state = useMemo(() => parseDashboardState(search), [search]);
  const setState = useCallback(
    (update: DashboardStateUpdate) => {
      const next = serializeDashboardState(update(parseDashboardState(window.location.search)));
      navigate(`${pathname}${next ? `?${next}` : ""}`, { preserveScroll: true });
    },
    [pathname],
  );
  return [state, setState];
}
