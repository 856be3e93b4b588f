import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { ChartFigure } from "../../../ui/charts/ChartFigure";
import { ChartLoadState } from "../../../ui/charts/ChartLoadState";
import { UnknownMarkerKey } from "../../../ui/charts/Legend";
import { SegmentedControl } from "../../../ui/controls";
import type { DashboardFilters, DashboardView, DrillTarget } from "../../dashboard-state/utils/dashboardState";
import { toBatchFilter } from "../../dashboard-state/utils/dashboardState";
import { ChartDrillDown } from "../../drill-down/components/DrillDownPanel";
import { ListBatchesButton } from "../../drill-down/components/ListBatchesButton";
import { subpoenasInBatches } from "../../drill-down/utils/drill";
import { ChartDataDownloads } from "../../take-away/components/DownloadLinks";
import { describeByPlace, toByPlaceSeries, type ByPlaceData } from "../utils/toSeries";
import { ByJurisdictionChart } from "./ByJurisdictionChart";

export const ByJurisdictionPanel_CountsQuery = graphql(`
  query ByJurisdictionPanel_Counts($filter: BatchFilter, $groupBy: [CountDimension!]!) {
    subpoenaCounts(filter: $filter, groupBy: $groupBy) {
      buckets {
        jurisdiction {
          slug
          name
          kind
          state
        }
        state
        subpoenas
        batches
        unknownCountBatches
        inexactCountBatches
      }
    }
  }
`);

export const BY_PLACE_CHART_ID = "by-place";

const PLACE_OPTIONS = [
  { value: "jurisdiction", label: "Jurisdiction" },
  { value: "state", label: "State" },
] as const;

export interface ByJurisdictionPanelProps {
  filters: DashboardFilters;
  view: DashboardView;
  onViewChange: (view: Partial<DashboardView>) => void;
  drill: DrillTarget | null;
  onDrill: (drill: DrillTarget | null) => void;
  title?: string;
  // Offer the jurisdiction/state switch (the home page) or not (a jurisdiction page lists its parts).
  switchable?: boolean;
}

function ByPlaceTable({ data, onSelect }: { data: ByPlaceData; onSelect: (key: string) => void }) {
  const isJurisdiction = data.dimension === "jurisdiction";
  return (
    <table className="data-table" data-testid="by-place-table">
      <caption>Subpoenas by {data.dimension}</caption>
      <thead>
        <tr>
          <th scope="col">{isJurisdiction ? "Jurisdiction" : "State"}</th>
          <th scope="col" className="num">
            Subpoenas
          </th>
          <th scope="col" className="num">
            Batches
          </th>
          <th scope="col" className="num">
            Of unreported size
          </th>
          {isJurisdiction && <th scope="col">Profile</th>}
        </tr>
      </thead>
      <tbody>
        {data.bars.map((bar) => (
          <tr key={bar.key} data-key={bar.key}>
            <th scope="row">
              <ListBatchesButton label={bar.label} subpoenas={bar.subpoenas} onClick={() => onSelect(bar.key)} />
            </th>
            <td className="num" data-subpoenas>
              {bar.subpoenas}
            </td>
            <td className="num">{bar.batches}</td>
            <td className="num">{bar.unknownCountBatches}</td>
            {isJurisdiction && (
              <td>
                <Link to={paths.jurisdiction(bar.key)}>
                  <span className="visually-hidden">{bar.label}: </span>jurisdiction page
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="num">{data.subpoenas}</td>
          <td className="num">{data.batches}</td>
          <td className="num">{data.unknownCountBatches}</td>
          {isJurisdiction && <td />}
        </tr>
      </tfoot>
    </table>
  );
}

export function ByJurisdictionPanel({
  filters,
  view,
  onViewChange,
  drill,
  onDrill,
  title = "Subpoenas by jurisdiction",
  switchable = true,
}: ByJurisdictionPanelProps) {
  const dimension = view.placeBy;
  const groupBy = dimension === "state" ? (["STATE"] as const) : (["JURISDICTION"] as const);
  const [result, reexecute] = useQuery({
    query: ByJurisdictionPanel_CountsQuery,
    variables: { filter: toBatchFilter(filters), groupBy: [...groupBy] },
  });
  const buckets = result.data?.subpoenaCounts.buckets;
  const data = useMemo(() => (buckets ? toByPlaceSeries(buckets, dimension) : null), [buckets, dimension]);
  const selectedKey = drill && drill.chart === BY_PLACE_CHART_ID && drill.values.length === 1 ? drill.values[0] : null;
  const select = (key: string): void => onDrill({ chart: BY_PLACE_CHART_ID, period: null, dimension, values: [key] });
  const labelOf = (value: string): string | undefined => data?.bars.find((bar) => bar.key === value)?.label;
  const selectedBar = selectedKey ? data?.bars.find((bar) => bar.key === selectedKey) : undefined;

  return (
    <ChartFigure
      id={BY_PLACE_CHART_ID}
      title={title}
      subtitle={
        dimension === "state"
          ? "Counties and cities are counted in their state."
          : "Each batch counts where it was served: a state's own agencies under the state, a county sheriff under the county."
      }
      summary={data ? describeByPlace(data) : "Loading…"}
      controls={
        switchable ? (
          <SegmentedControl
            legend="Group by"
            name="place"
            options={PLACE_OPTIONS}
            value={dimension}
            onChange={(placeBy) => onViewChange({ placeBy })}
          />
        ) : undefined
      }
      notes={data ? <UnknownMarkerKey count={data.unknownCountBatches} /> : null}
      table={data ? <ByPlaceTable data={data} onSelect={select} /> : null}
      downloads={<ChartDataDownloads query={{ groupBy: [...groupBy], filters }} />}
      after={
        <ChartDrillDown
          chart={BY_PLACE_CHART_ID}
          filters={filters}
          drill={drill}
          interval={view.interval}
          labelOf={labelOf}
          figure={selectedBar ? subpoenasInBatches(selectedBar.subpoenas, selectedBar.batches) : undefined}
          onChange={onDrill}
        />
      }
    >
      <ChartLoadState
        data={data}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        isEmpty={(loaded) => loaded.bars.length === 0}
        emptyMessage="No subpoenas match these filters."
      >
        {(loaded) => <ByJurisdictionChart data={loaded} onSelect={select} selectedKey={selectedKey} />}
      </ChartLoadState>
    </ChartFigure>
  );
}
