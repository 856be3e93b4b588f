import { useQuery } from "urql";
import { graphql } from "../gql";
import { Section } from "../ui/Layout";
import { useDashboardState } from "../modules/dashboard-state/hooks/useDashboardState";
import { EMPTY_FILTERS, type DashboardView, type DrillTarget } from "../modules/dashboard-state/utils/dashboardState";
import { JurisdictionProfile } from "../modules/jurisdictions/components/JurisdictionProfile";
import { HeadlineFigures } from "../modules/headline/components/HeadlineFigures";
import { SubpoenasOverTimePanel } from "../modules/subpoenas-over-time/components/SubpoenasOverTimePanel";
import { ByJurisdictionPanel } from "../modules/by-jurisdiction/components/ByJurisdictionPanel";
import { OutcomesPanel } from "../modules/outcomes/components/OutcomesPanel";
import { JurisdictionTimeline } from "../modules/jurisdictions/components/JurisdictionTimeline";
import { PolicyList } from "../modules/batch-detail/components/PolicyList";
import { JurisdictionBatches } from "../modules/jurisdictions/components/JurisdictionBatches";
import { CiteThis } from "../modules/take-away/components/CiteThis";
import { RecordTrail } from "../modules/history/components/RecordTrail";
import { AlsoServedHere } from "../modules/jurisdictions/components/AlsoServedHere";
import { useViewProblems, ViewNotice } from "../modules/dashboard-state/components/ViewNotice";

const JurisdictionPage_BatchesQuery = graphql(`
  query JurisdictionPage_Batches($slug: String!) {
    subpoenaCounts(filter: { jurisdictions: [$slug] }, groupBy: []) {
      total {
        batches
      }
    }
  }
`);

export function JurisdictionPage({ slug }: { slug: string }) {
  const [state, setState] = useDashboardState();
  // A place with no batch of its own (Wasco County: its sheriff was served under Oregon's batch) gets a sentence,
  // not empty charts that say "No subpoenas match these filters" on a page without filters.
  const [batches] = useQuery({ query: JurisdictionPage_BatchesQuery, variables: { slug } });
  const none = batches.data?.subpoenaCounts.total.batches === 0;
  // The page is the filter: this place and everything inside it. The view and drill-down live in the address.
  const filters = { ...EMPTY_FILTERS, jurisdictions: [slug] };
  // Only the view (interval, split) is read from this page's address; a bad value there is said, not ignored.
  const { problems } = useViewProblems(state.filters);
  const setView = (next: Partial<DashboardView>): void =>
    setState((s) => ({ ...s, view: { ...s.view, ...next }, drill: null }));
  const setDrill = (next: DrillTarget | null): void => setState((s) => ({ ...s, drill: next }));
  return (
    <JurisdictionProfile slug={slug}>
      {(jurisdiction) => {
        const hasParts = jurisdiction.children.length > 0;
        const view = hasParts
          ? state.view
          : ({ ...state.view, stackBy: state.view.stackBy === "outcome" ? "outcome" : "none" } as DashboardView);
        return (
          <>
            <ViewNotice problems={problems} />
            <HeadlineFigures filters={filters} scope={`served in ${jurisdiction.name}`} />
            <AlsoServedHere slug={slug} name={jurisdiction.name} />
            {none ? (
              <p className="source__meta" data-testid="no-batches-here">
                No batch of subpoenas is recorded as served in {jurisdiction.name} itself, so there is nothing to chart
                here.
              </p>
            ) : (
              <div className="chart-grid">
                <SubpoenasOverTimePanel
                  title={`Subpoenas over time in ${jurisdiction.name}`}
                  filters={filters}
                  view={view}
                  onViewChange={setView}
                  drill={state.drill}
                  onDrill={setDrill}
                  stackOptions={hasParts ? ["jurisdiction", "outcome", "none"] : ["outcome", "none"]}
                />
                {hasParts && (
                  <ByJurisdictionPanel
                    title={`Subpoenas by part of ${jurisdiction.name}`}
                    filters={filters}
                    view={{ ...state.view, placeBy: "jurisdiction" }}
                    onViewChange={setView}
                    drill={state.drill}
                    onDrill={setDrill}
                    switchable={false}
                  />
                )}
                <OutcomesPanel filters={filters} view={view} drill={state.drill} onDrill={setDrill} />
              </div>
            )}
            <div className="two-col">
              <div>
                <Section
                  title="Timeline"
                  id="timeline"
                  intro={`Every reported step of every batch served in ${jurisdiction.name}.`}
                >
                  <JurisdictionTimeline slug={slug} />
                </Section>
              </div>
              <div>
                <Section
                  title="Sanctuary policy"
                  id="policy"
                  intro="The laws and policies that apply here, nearest first."
                >
                  <PolicyList policies={jurisdiction.applicablePolicies} />
                </Section>
              </div>
            </div>
            <JurisdictionBatches slug={slug} name={jurisdiction.name} />
            <RecordTrail
              type="JURISDICTION"
              id={slug}
              noun="jurisdiction"
              name={jurisdiction.name}
              intro={`Every published change to the record of ${jurisdiction.name} itself: when, in which version, and why.`}
            />
            <Section title="Cite this page" id="cite">
              <CiteThis />
            </Section>
          </>
        );
      }}
    </JurisdictionProfile>
  );
}
