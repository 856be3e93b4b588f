import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { ChartFigure } from "../../../ui/charts/ChartFigure";
import { ChartLoadState } from "../../../ui/charts/ChartLoadState";
import { useNearScreenPanel } from "../../../ui/useNearViewport";
import { Legend, UnknownMarkerKey } from "../../../ui/charts/Legend";
import { SegmentedControl } from "../../../ui/controls";
import { overTimeGroupBy, toGraphQLInterval } from "../../counts/utils/graphqlEnums";
import { MAX_SERIES, unreportedNote } from "@subpoena-tracker/charts";
import { pluralize } from "@subpoena-tracker/domain";
import { usePlaceOrder } from "../../counts/utils/usePlaceOrder";
import type { DashboardFilters, DashboardView, DrillTarget, StackBy } from "../../dashboard-state/utils/dashboardState";
import { toBatchFilter } from "../../dashboard-state/utils/dashboardState";
import { ChartDrillDown } from "../../drill-down/components/DrillDownPanel";
import { ChartDataDownloads } from "../../take-away/components/DownloadLinks";
import { describeOverTime } from "../utils/describe";
import { legendEntries } from "../utils/legendEntries";
import { withPlaceNames } from "../utils/placeNames";
import { TOTAL_SERIES_KEY, isListable, toOverTimeSeries, type OverTimeData } from "../utils/toSeries";
import { SubpoenasOverTimeChart, type OverTimeSelection } from "./SubpoenasOverTimeChart";
import { OverTimeTable } from "./OverTimeTable";

// Only what the chart draws: each bucket names its series by key alone (the dimension asked for), and the places drawn
// are named once, in `places` (utils/placeNames.ts).
export const SubpoenasOverTimePanel_CountsQuery = graphql(`
  query SubpoenasOverTimePanel_Counts(
    $filter: BatchFilter
    $groupBy: [CountDimension!]!
    $interval: Interval!
    $top: Int
    $byPlace: Boolean!
    $byState: Boolean!
    $byOutcome: Boolean!
  ) {
    subpoenaCounts(filter: $filter, groupBy: $groupBy, interval: $interval, fillEmptyPeriods: true, top: $top) {
      otherSeries
      buckets {
        period
        jurisdiction @include(if: $byPlace) {
          slug
        }
        state @include(if: $byState)
        outcome @include(if: $byOutcome)
        subpoenas
        batches
        unknownCountBatches
        inexactCountBatches
        other
      }
    }
    places: subpoenaCounts(filter: $filter, groupBy: [JURISDICTION], top: $top) @include(if: $byPlace) {
      buckets {
        jurisdiction {
          slug
          name
          kind
          state
        }
      }
    }
    dataset {
      coverageFrom
      coverageTo
    }
  }
`);

const CHART_HEIGHT = 320;

const INTERVAL_OPTIONS = [
  { value: "month", label: "Month" },
  { value: "quarter", label: "Quarter" },
  { value: "year", label: "Year" },
] as const;

const STACK_OPTIONS = [
  { value: "jurisdiction", label: "Jurisdiction" },
  { value: "state", label: "State" },
  { value: "outcome", label: "Outcome" },
  { value: "none", label: "Total" },
] as const;

export const OVER_TIME_CHART_ID = "over-time";

/**
 * The places the chart draws apart; the API sums the rest into one "other" bucket per period, so an answer stays small
 * however many places the data holds (at 1M batches the full breakdown is 3,000 places × 156 months, beyond what one
 * answer may hold). The chart folds what is beyond its own limit into "others" as before; the table and the downloads
 * link to the full breakdown.
 */
function topFor(stackBy: StackBy): number | null {
  return stackBy === "jurisdiction" || stackBy === "state" ? MAX_SERIES : null;
}

export interface SubpoenasOverTimePanelProps {
  filters: DashboardFilters;
  view: DashboardView;
  onViewChange: (view: Partial<DashboardView>) => void;
  drill: DrillTarget | null;
  onDrill: (drill: DrillTarget | null) => void;
  title?: string;
  // Which stackings to offer: a jurisdiction page has no use for "by state".
  stackOptions?: StackBy[];
}

function selectionOf(data: OverTimeData, drill: DrillTarget | null): OverTimeSelection | null {
  if (!drill || drill.chart !== OVER_TIME_CHART_ID) return null;
  const seriesIndex = drill.dimension
    ? data.series.findIndex(
        (s) => s.members.length === drill.values.length && s.members.every((m) => drill.values.includes(m)),
      )
    : -1;
  return { period: drill.period, seriesIndex: seriesIndex === -1 ? null : seriesIndex };
}

function figureOf(data: OverTimeData, selection: OverTimeSelection): string {
  const rows = selection.period
    ? [...data.rows, ...data.coarseRows].filter((r) => r.period === selection.period)
    : [...data.rows, ...data.coarseRows];
  const pick = (values: number[]): number =>
    selection.seriesIndex === null ? values.reduce((a, b) => a + b, 0) : (values[selection.seriesIndex] ?? 0);
  const subpoenas = rows.reduce((sum, row) => sum + pick(row.values), 0);
  const unknown = rows.reduce((sum, row) => sum + pick(row.unknown), 0);
  return `${pluralize(subpoenas, "subpoena")}${unknown > 0 ? `, ${unreportedNote(unknown)}` : ""}`;
}

export function SubpoenasOverTimePanel({
  filters,
  view,
  onViewChange,
  drill,
  onDrill,
  title = "Subpoenas over time",
  stackOptions,
}: SubpoenasOverTimePanelProps) {
  const { figureRef, near } = useNearScreenPanel();
  const [result, reexecute] = useQuery({
    query: SubpoenasOverTimePanel_CountsQuery,
    variables: {
      filter: toBatchFilter(filters),
      groupBy: overTimeGroupBy(view.stackBy),
      interval: toGraphQLInterval(view.interval),
      top: topFor(view.stackBy),
      byPlace: view.stackBy === "jurisdiction",
      byState: view.stackBy === "state",
      byOutcome: view.stackBy === "outcome",
    },
    pause: !near,
  });
  const answer = result.data;
  const buckets = useMemo(
    () => (answer ? withPlaceNames(answer.subpoenaCounts.buckets, answer.places?.buckets ?? []) : undefined),
    [answer],
  );
  const otherSeries = result.data?.subpoenaCounts.otherSeries ?? 0;
  // Without a date filter the axis spans the whole dataset, so every place and filter is drawn on the same periods
  // and a place's quiet months show as zeros.
  const from = filters.from ?? result.data?.dataset.coverageFrom ?? null;
  const to = filters.to ?? result.data?.dataset.coverageTo ?? null;
  const placeOrder = usePlaceOrder();
  const data = useMemo(
    () =>
      buckets
        ? toOverTimeSeries(buckets, {
            interval: view.interval,
            stackBy: view.stackBy,
            from,
            to,
            placeOrder,
            otherSeries,
          })
        : null,
    [buckets, view.interval, view.stackBy, from, to, placeOrder, otherSeries],
  );
  const selection = data ? selectionOf(data, drill) : null;
  const dimension = view.stackBy === "none" ? null : view.stackBy;

  const select = (next: OverTimeSelection): void => {
    if (!data) return;
    const picked = next.seriesIndex === null ? null : data.series[next.seriesIndex];
    // "Others" that the API summed cannot be listed by name: a click on its segment lists the whole period.
    const series = picked && isListable(data, picked) ? picked : null;
    if (picked && !series && next.period === null) return;
    onDrill({
      chart: OVER_TIME_CHART_ID,
      period: next.period,
      dimension: series && series.key !== TOTAL_SERIES_KEY ? dimension : null,
      values: series && series.key !== TOTAL_SERIES_KEY ? series.members : [],
    });
  };
  const labelOf = (value: string): string | undefined =>
    data?.series.find((s) => s.members.includes(value) && s.members.length === 1)?.label;

  const options = STACK_OPTIONS.filter((option) => !stackOptions || stackOptions.includes(option.value));
  const controls = (
    <>
      <SegmentedControl
        legend="Interval"
        name="interval"
        options={INTERVAL_OPTIONS}
        value={view.interval}
        onChange={(interval) => onViewChange({ interval })}
      />
      {options.length > 1 && (
        <SegmentedControl
          legend="Split by"
          name="stack"
          options={options}
          value={view.stackBy}
          onChange={(stackBy) => onViewChange({ stackBy })}
        />
      )}
    </>
  );

  const intervalNoun = view.interval;
  return (
    <ChartFigure
      id={OVER_TIME_CHART_ID}
      figureRef={figureRef}
      wide
      title={title}
      subtitle={`Subpoenas by ${intervalNoun} of issue${dimension ? `, split by ${dimension}` : ""}. Click a bar, a segment or a legend entry to list the batches behind it.`}
      summary={data ? describeOverTime(data) : "Loading…"}
      controls={controls}
      legend={
        data && data.series.length > 0 && view.stackBy !== "none" ? (
          <Legend
            label={`Series: ${dimension ?? ""}`}
            selectedKey={
              selection && selection.period === null && selection.seriesIndex !== null
                ? data.series[selection.seriesIndex]?.key
                : null
            }
            onSelect={(key) => {
              const index = data.series.findIndex((s) => s.key === key);
              select({ period: null, seriesIndex: index });
            }}
            entries={legendEntries(data)}
          />
        ) : null
      }
      notes={
        data ? (
          <>
            <UnknownMarkerKey count={data.unknownCountBatches} />
            {data.coarseRows.length > 0 && (
              <p>
                Batches dated less precisely than a {intervalNoun} are not spread over {intervalNoun}s; they are listed
                in the table as {data.coarseRows.map((row) => row.label).join(", ")}.
              </p>
            )}
            <p>Periods without recorded subpoenas are drawn as zero, so gaps show. The axis starts at zero.</p>
          </>
        ) : null
      }
      table={data ? <OverTimeTable data={data} onSelect={select} /> : null}
      downloads={
        <ChartDataDownloads
          query={{ groupBy: overTimeGroupBy(view.stackBy), interval: view.interval, fillEmptyPeriods: true, filters }}
        />
      }
      after={
        <ChartDrillDown
          chart={OVER_TIME_CHART_ID}
          filters={filters}
          drill={drill}
          interval={view.interval}
          labelOf={labelOf}
          figure={data && selection ? figureOf(data, selection) : undefined}
          onChange={onDrill}
        />
      }
    >
      <ChartLoadState
        waiting={!near}
        data={data}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
        isEmpty={(loaded) => loaded.rows.length === 0 && loaded.coarseRows.length === 0}
        emptyMessage="No subpoenas match these filters. Try removing a filter."
        height={CHART_HEIGHT}
      >
        {(loaded) => (
          <SubpoenasOverTimeChart data={loaded} height={CHART_HEIGHT} onSelect={select} selected={selection} />
        )}
      </ChartLoadState>
    </ChartFigure>
  );
}
