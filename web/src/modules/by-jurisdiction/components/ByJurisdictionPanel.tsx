import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { ChartFigure } from "../../../ui/charts/ChartFigure";
import { ChartLoadState } from "../../../ui/charts/ChartLoadState";
import { useNearScreenPanel } from "../../../ui/useNearViewport";
import { UnknownMarkerKey } from "../../../ui/charts/Legend";
import { SegmentedControl } from "../../../ui/controls";
import type { DashboardFilters, DashboardView, DrillTarget } from "../../dashboard-state/utils/dashboardState";
import { toBatchFilter } from "../../dashboard-state/utils/dashboardState";
import { ChartDrillDown } from "../../drill-down/components/DrillDownPanel";
import { ListBatchesButton } from "../../drill-down/components/ListBatchesButton";
import { subpoenasInBatches } from "../../drill-down/utils/drill";
import { ChartDataDownloads } from "../../take-away/components/DownloadLinks";
import {
  CHART_TOP_PLACES,
  describeByPlace,
  toByPlaceSeries,
  type ByPlaceData,
  type PlaceDimension,
} from "../utils/toSeries";
import { ByJurisdictionChart } from "./ByJurisdictionChart";

// What the chart draws (the top places and the rest summed as "other", with `top`), or every place (the table).
export const ByJurisdictionPanel_CountsQuery = graphql(`
  query ByJurisdictionPanel_Counts($filter: BatchFilter, $groupBy: [CountDimension!]!, $top: Int) {
    subpoenaCounts(filter: $filter, groupBy: $groupBy, top: $top) {
      otherSeries
      buckets {
        other
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

/** Every place, counted when asked for (the chart's answer holds only the top ones). */
function usePlaces(filters: DashboardFilters, dimension: PlaceDimension, top: number | null, pause = false) {
  const [result, reexecute] = useQuery({
    query: ByJurisdictionPanel_CountsQuery,
    variables: {
      filter: toBatchFilter(filters),
      groupBy: [dimension === "state" ? "STATE" : "JURISDICTION"],
      top: Number.isFinite(top) ? top : null,
    },
    pause,
  });
  const counts = result.data?.subpoenaCounts;
  const data = useMemo(
    () => (counts ? toByPlaceSeries(counts.buckets, dimension, counts.otherSeries) : null),
    [counts, dimension],
  );
  return { data, error: result.error, reexecute };
}

// Built only when the table is shown (ChartFigure), so every place is fetched then, not with the chart.
function AllPlacesTable({
  filters,
  dimension,
  onSelect,
}: {
  filters: DashboardFilters;
  dimension: PlaceDimension;
  onSelect: (key: string) => void;
}) {
  const { data, error } = usePlaces(filters, dimension, null);
  if (error) return <p role="alert">The table could not be loaded: {error.message}</p>;
  if (!data) return <p>Loading the table…</p>;
  return <ByPlaceTable data={data} onSelect={onSelect} />;
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
  const { figureRef, near } = useNearScreenPanel();
  const { data, error, reexecute } = usePlaces(filters, dimension, CHART_TOP_PLACES, !near);
  const selectedKey = drill && drill.chart === BY_PLACE_CHART_ID && drill.values.length === 1 ? drill.values[0] : null;
  // A place picked beyond the top ones (in the table, or from a shared link) is named from every place's counts.
  const beyondTop = selectedKey !== null && data !== null && !data.bars.some((bar) => bar.key === selectedKey);
  const { data: everyPlace } = usePlaces(filters, dimension, null, !beyondTop || !data?.others);
  const select = (key: string): void => onDrill({ chart: BY_PLACE_CHART_ID, period: null, dimension, values: [key] });
  const barOf = (value: string) =>
    data?.bars.find((bar) => bar.key === value) ?? everyPlace?.bars.find((bar) => bar.key === value);
  const labelOf = (value: string): string | undefined => barOf(value)?.label;
  const selectedBar = selectedKey ? barOf(selectedKey) : undefined;

  return (
    <ChartFigure
      id={BY_PLACE_CHART_ID}
      figureRef={figureRef}
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
      table={
        data ? (
          data.others ? (
            <AllPlacesTable filters={filters} dimension={dimension} onSelect={select} />
          ) : (
            <ByPlaceTable data={data} onSelect={select} />
          )
        ) : null
      }
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
        waiting={!near}
        data={data}
        error={error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        isEmpty={(loaded) => loaded.bars.length === 0 && !loaded.others}
        emptyMessage="No subpoenas match these filters."
      >
        {(loaded) => <ByJurisdictionChart data={loaded} onSelect={select} selectedKey={selectedKey} />}
      </ChartLoadState>
    </ChartFigure>
  );
}
