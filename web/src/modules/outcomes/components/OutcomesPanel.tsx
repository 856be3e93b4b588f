import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { ChartFigure } from "../../../ui/charts/ChartFigure";
import { ChartLoadState } from "../../../ui/charts/ChartLoadState";
import { useNearScreenPanel } from "../../../ui/useNearViewport";
import { UnknownMarkerKey } from "../../../ui/charts/Legend";
import type { DashboardFilters, DashboardView, DrillTarget } from "../../dashboard-state/utils/dashboardState";
import { toBatchFilter } from "../../dashboard-state/utils/dashboardState";
import { ChartDrillDown } from "../../drill-down/components/DrillDownPanel";
import { ListBatchesButton } from "../../drill-down/components/ListBatchesButton";
import { subpoenasInBatches } from "../../drill-down/utils/drill";
import { ChartDataDownloads } from "../../take-away/components/DownloadLinks";
import { describeOutcomes, formatPercent, toOutcomeSeries, type OutcomesData } from "../utils/toSeries";
import { OutcomesChart } from "./OutcomesChart";

export const OutcomesPanel_CountsQuery = graphql(`
  query OutcomesPanel_Counts($filter: BatchFilter) {
    subpoenaCounts(filter: $filter, groupBy: [OUTCOME]) {
      buckets {
        outcome
        subpoenas
        batches
        unknownCountBatches
        inexactCountBatches
      }
    }
  }
`);

export const OUTCOMES_CHART_ID = "outcomes";

export interface OutcomesPanelProps {
  filters: DashboardFilters;
  view: DashboardView;
  drill: DrillTarget | null;
  onDrill: (drill: DrillTarget | null) => void;
  title?: string;
}

function OutcomesTable({ data, onSelect }: { data: OutcomesData; onSelect: (key: string) => void }) {
  return (
    <table className="data-table" data-testid="outcomes-table">
      <caption>Subpoenas by outcome</caption>
      <thead>
        <tr>
          <th scope="col">Outcome</th>
          <th scope="col" className="num">
            Subpoenas
          </th>
          <th scope="col" className="num">
            Share
          </th>
          <th scope="col" className="num">
            Batches
          </th>
          <th scope="col">What it means</th>
        </tr>
      </thead>
      <tbody>
        {data.bars.map((bar) => (
          <tr key={bar.outcome} data-key={bar.outcome}>
            <th scope="row">
              <ListBatchesButton label={bar.label} subpoenas={bar.subpoenas} onClick={() => onSelect(bar.outcome)} />
            </th>
            <td className="num" data-subpoenas>
              {bar.subpoenas}
              {bar.unknownCountBatches > 0 ? ` + ${bar.unknownCountBatches} unreported` : ""}
            </td>
            <td className="num">{formatPercent(bar.share)}</td>
            <td className="num">{bar.batches}</td>
            <td>{bar.description}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{data.subpoenas}</td>
          <td className="num">100%</td>
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

export function OutcomesPanel({
  filters,
  view,
  drill,
  onDrill,
  title = "Where the subpoenas stand",
}: OutcomesPanelProps) {
  const { figureRef, near } = useNearScreenPanel();
  const [result, reexecute] = useQuery({
    query: OutcomesPanel_CountsQuery,
    variables: { filter: toBatchFilter(filters) },
    pause: !near,
  });
  const buckets = result.data?.subpoenaCounts.buckets;
  const data = useMemo(() => (buckets ? toOutcomeSeries(buckets) : null), [buckets]);
  const selectedKey = drill && drill.chart === OUTCOMES_CHART_ID ? (drill.values[0] ?? null) : null;
  const select = (key: string): void =>
    onDrill({ chart: OUTCOMES_CHART_ID, period: null, dimension: "outcome", values: [key] });
  const selectedBar = data?.bars.find((bar) => bar.outcome === selectedKey);
  return (
    <ChartFigure
      id={OUTCOMES_CHART_ID}
      figureRef={figureRef}
      title={title}
      subtitle={
        <>
          Outcomes are derived from each batch&rsquo;s dated events, not typed in (
          <Link to={paths.methodology("outcome-rule")}>the rule</Link>). A batch can be split between outcomes.
        </>
      }
      summary={data ? describeOutcomes(data) : "Loading…"}
      notes={
        data ? (
          <>
            <UnknownMarkerKey count={data.unknownCountBatches} />
            {data.bars.some((bar) => bar.outcome === "MIXED") && (
              <p>
                &ldquo;Mixed&rdquo;: the agencies served stand differently and the sources do not say how the subpoenas
                split between them, so none of them is guessed.
              </p>
            )}
          </>
        ) : null
      }
      table={data ? <OutcomesTable data={data} onSelect={select} /> : null}
      downloads={<ChartDataDownloads query={{ groupBy: ["OUTCOME"], filters }} />}
      after={
        <ChartDrillDown
          chart={OUTCOMES_CHART_ID}
          filters={filters}
          drill={drill}
          interval={view.interval}
          labelOf={() => undefined}
          figure={selectedBar ? subpoenasInBatches(selectedBar.subpoenas, selectedBar.batches) : undefined}
          onChange={onDrill}
        />
      }
    >
      <ChartLoadState
        waiting={!near}
        data={data}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        isEmpty={(loaded) => loaded.bars.length === 0}
        emptyMessage="No subpoenas match these filters."
      >
        {(loaded) => <OutcomesChart data={loaded} onSelect={select} selectedKey={selectedKey} />}
      </ChartLoadState>
    </ChartFigure>
  );
}
