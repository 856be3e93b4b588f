import { useDocumentTitle } from "../app/hooks/useDocumentTitle";
import { Section } from "../ui/Layout";
import { HomeHeader } from "./HomeHeader";
import { CopyButton } from "../ui/CopyButton";
import { useDashboardState } from "../modules/dashboard-state/hooks/useDashboardState";
import type { DashboardFilters, DashboardView, DrillTarget } from "../modules/dashboard-state/utils/dashboardState";
import { FilterBar } from "../modules/filters/components/FilterBar";
import { HeadlineFigures } from "../modules/headline/components/HeadlineFigures";
import { SubpoenasOverTimePanel } from "../modules/subpoenas-over-time/components/SubpoenasOverTimePanel";
import { ByJurisdictionPanel } from "../modules/by-jurisdiction/components/ByJurisdictionPanel";
import { WherePanel } from "../modules/where/components/WherePanel";
import { OutcomesPanel } from "../modules/outcomes/components/OutcomesPanel";
import { TakeAway } from "../modules/take-away/components/TakeAway";
import { DatasetLine } from "../modules/take-away/components/DatasetLine";
import { useViewProblems, ViewNotice } from "../modules/dashboard-state/components/ViewNotice";

export function HomePage() {
  useDocumentTitle(null);
  const [state, setState] = useDashboardState();
  const { view, drill } = state;
  // Slugs that do not exist are left out (and said so), so that no chart is drawn for a place that is not there.
  const { filters, problems } = useViewProblems(state.filters);
  // A new filter or view invalidates what was drilled into: the list would no longer match the bars.
  const setFilters = (next: DashboardFilters): void => setState((s) => ({ ...s, filters: next, drill: null }));
  const setView = (next: Partial<DashboardView>): void =>
    setState((s) => ({ ...s, view: { ...s.view, ...next }, drill: null }));
  const setDrill = (next: DrillTarget | null): void => setState((s) => ({ ...s, drill: next }));

  return (
    <>
      <HomeHeader
        meta={
          <>
            <DatasetLine />
            <CopyButton
              text={() => window.location.href}
              label="Copy link to this view"
              className="button button--quiet"
            />
            <a href="#take-away">Cite or download</a>
          </>
        }
      />
      <ViewNotice problems={problems} />
      <FilterBar filters={filters} onChange={setFilters} />
      <HeadlineFigures filters={filters} />
      <div className="chart-grid">
        <SubpoenasOverTimePanel filters={filters} view={view} onViewChange={setView} drill={drill} onDrill={setDrill} />
        <ByJurisdictionPanel filters={filters} view={view} onViewChange={setView} drill={drill} onDrill={setDrill} />
        <OutcomesPanel filters={filters} view={view} drill={drill} onDrill={setDrill} />
        <WherePanel filters={filters} view={view} drill={drill} onDrill={setDrill} />
      </div>
      <Section title="Cite, link and download" id="take-away">
        <TakeAway filters={filters} />
      </Section>
    </>
  );
}
