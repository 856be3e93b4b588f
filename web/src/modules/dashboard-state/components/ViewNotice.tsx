import { useMemo } from "react";
import { useQuery } from "urql";
import { navigate, useLocation } from "../../../app/router";
import { FilterBar_OptionsQuery } from "../../filters/components/FilterBar";
import {
  parseDashboardState,
  serializeDashboardState,
  viewProblems,
  type DashboardFilters,
  type ViewProblem,
} from "../utils/dashboardState";

/** The jurisdiction slugs in the data, once loaded (the filter bar asks for the same list, so it is asked once). */
export function useKnownJurisdictions(): ReadonlySet<string> | null {
  const [result] = useQuery({ query: FilterBar_OptionsQuery });
  const list = result.data?.jurisdictions;
  return useMemo(() => (list ? new Set(list.map((j) => j.slug)) : null), [list]);
}

/** The address's problems, and the filters without the slugs that do not exist (so no chart asks for them). */
export function useViewProblems(filters: DashboardFilters): { problems: ViewProblem[]; filters: DashboardFilters } {
  const { search } = useLocation();
  const known = useKnownJurisdictions();
  return useMemo(() => {
    const problems = viewProblems(search, known);
    const usable = known ? filters.jurisdictions.filter((slug) => known.has(slug)) : filters.jurisdictions;
    return {
      problems,
      filters: usable.length === filters.jurisdictions.length ? filters : { ...filters, jurisdictions: usable },
    };
  }, [search, known, filters]);
}

// A link with a typo must never pass for a filtered view: say what was left out, before any figure, and offer the
// address without it.
export function ViewNotice({ problems }: { problems: ViewProblem[] }) {
  const { pathname, search } = useLocation();
  if (problems.length === 0) return null;
  const fixed = (): void => {
    const state = parseDashboardState(search);
    const bad = new Set(problems.filter((p) => p.parameter === "jurisdiction").map((p) => p.value));
    const next = serializeDashboardState({
      ...state,
      filters: { ...state.filters, jurisdictions: state.filters.jurisdictions.filter((slug) => !bad.has(slug)) },
    });
    navigate(`${pathname}${next ? `?${next}` : ""}`);
  };
  return (
    <div className="notice notice--warning" role="alert" data-testid="view-notice">
      <strong>
        {problems.length === 1 ? "Part of this address was" : "Parts of this address were"} not understood and{" "}
        {problems.length === 1 ? "is" : "are"} left out: the figures below are for the view without{" "}
        {problems.length === 1 ? "it" : "them"}.
      </strong>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.parameter}=${problem.value}`}>
            <code>
              {problem.parameter}={problem.value}
            </code>
            : {problem.message}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={fixed}>
        Remove {problems.length === 1 ? "it" : "them"} from the address
      </button>
    </div>
  );
}
