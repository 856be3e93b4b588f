// The "Where" view: a map of the United States with each state shaded by the subpoenas served in it and each county
// or city as a circle, under the same filters as the other charts, with the same drill-down (click or press Enter on
// a state or a circle, or use the table). The shapes (us-atlas, about 55 KB gzipped with the county points) load only
// here, when the map comes near the screen: the dashboard's first view never pays for them, nor for drawing the map.
import { useEffect, useMemo, useRef, useState } from "react";
import { useQuery } from "urql";
import {
  MapChart,
  THEMES,
  describeMap,
  figureText,
  mapNaturalHeight,
  scaleFor,
  statewideLabel,
  toMapModel,
  type MapGeography,
  type MapModel,
  type MapSelection,
} from "@subpoena-tracker/charts";
import { useResolvedTheme } from "../../../app/colorTheme";
import { useNearScreenPanel } from "../../../ui/useNearViewport";
import { graphql } from "../../../gql";
import { ChartFigure } from "../../../ui/charts/ChartFigure";
import { ChartLoadState } from "../../../ui/charts/ChartLoadState";
import { UnknownMarkerKey } from "../../../ui/charts/Legend";
import type { DashboardFilters, DashboardView, DrillTarget } from "../../dashboard-state/utils/dashboardState";
import { toBatchFilter } from "../../dashboard-state/utils/dashboardState";
import { ChartDrillDown } from "../../drill-down/components/DrillDownPanel";
import { ListBatchesButton } from "../../drill-down/components/ListBatchesButton";
import { subpoenasInBatches } from "../../drill-down/utils/drill";
import { ChartDataDownloads } from "../../take-away/components/DownloadLinks";
import { MAP_TOP_PLACES, summedPlacesText, toMapBuckets } from "../utils/mapBuckets";

// What the map draws: its biggest places and every state's figures, from which each state's rest is summed
// (utils/mapBuckets.ts), as the map embed's page carries them. Every place is asked for only by the table.
export const WherePanel_CountsQuery = graphql(`
  query WherePanel_Counts($filter: BatchFilter, $top: Int!) {
    places: subpoenaCounts(filter: $filter, groupBy: [JURISDICTION], top: $top) {
      otherSeries
      buckets {
        ...WherePanel_Bucket
      }
      total {
        subpoenas
        batches
        unknownCountBatches
        inexactCountBatches
      }
    }
    states: subpoenaCounts(filter: $filter, groupBy: [STATE]) {
      buckets {
        state
        subpoenas
        batches
        unknownCountBatches
        inexactCountBatches
      }
    }
  }
`);

export const WherePanel_BucketFragment = graphql(`
  fragment WherePanel_Bucket on CountBucket {
    other
    jurisdiction {
      slug
      name
      kind
      state
      countyFips
    }
    subpoenas
    batches
    unknownCountBatches
    inexactCountBatches
  }
`);

export const WherePanel_AllPlacesQuery = graphql(`
  query WherePanel_AllPlaces($filter: BatchFilter) {
    subpoenaCounts(filter: $filter, groupBy: [JURISDICTION]) {
      buckets {
        ...WherePanel_Bucket
      }
    }
  }
`);

export const WHERE_CHART_ID = "where";
const FALLBACK_WIDTH = 640;

function useGeography(wanted: boolean): MapGeography | null {
  const [geography, setGeography] = useState<MapGeography | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import("@subpoena-tracker/charts/map-geography").then((module) => {
      if (live) setGeography(module.mapGeography());
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return geography;
}

function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.round(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function cell(figure: { subpoenas: number; unknownCountBatches: number; inexactCountBatches: number }): string {
  const text = figureText(figure.subpoenas, figure.inexactCountBatches);
  return figure.unknownCountBatches > 0 ? `${text} + ${figure.unknownCountBatches} unreported` : text;
}

function WhereTable({ model, onSelect }: { model: MapModel; onSelect: (selection: MapSelection) => void }) {
  return (
    <table className="data-table" data-testid="where-table">
      <caption>Subpoenas by state, and by county or city</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col" className="num">
            Subpoenas
          </th>
          <th scope="col" className="num">
            Batches
          </th>
        </tr>
      </thead>
      <tbody>
        {model.states.map((state) => (
          <tr key={state.code} data-key={state.code}>
            <th scope="row">
              <ListBatchesButton
                label={state.label}
                subpoenas={state.subpoenas}
                onClick={() => onSelect({ dimension: "state", key: state.code })}
              />
            </th>
            <td className="num">{cell(state)}</td>
            <td className="num">{state.batches}</td>
          </tr>
        ))}
        {[...model.statewide.map((s) => ({ ...s, label: statewideLabel(s.label) })), ...model.symbols].map((symbol) => (
          <tr key={symbol.key} data-key={symbol.key}>
            <th scope="row" className="indented">
              <ListBatchesButton
                label={symbol.label}
                subpoenas={symbol.subpoenas}
                onClick={() => onSelect({ dimension: "jurisdiction", key: symbol.key })}
              />
            </th>
            <td className="num">{cell(symbol)}</td>
            <td className="num">{symbol.batches}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface WherePanelProps {
  filters: DashboardFilters;
  view: DashboardView;
  drill: DrillTarget | null;
  onDrill: (drill: DrillTarget | null) => void;
}

/** Every place, fetched only when the table is shown or a place beyond the map's biggest is selected. */
function useAllPlaces(filters: DashboardFilters, pause: boolean): MapModel | null {
  const [result] = useQuery({
    query: WherePanel_AllPlacesQuery,
    variables: { filter: toBatchFilter(filters) },
    pause,
  });
  const buckets = result.data?.subpoenaCounts.buckets;
  return useMemo(() => (buckets ? toMapModel(buckets) : null), [buckets]);
}

// Built only when the table is shown (ChartFigure), so every place is fetched then, not with the map.
function AllPlacesTable({
  filters,
  onSelect,
}: {
  filters: DashboardFilters;
  onSelect: (selection: MapSelection) => void;
}) {
  const model = useAllPlaces(filters, false);
  if (!model) return <p>Loading the table…</p>;
  return <WhereTable model={model} onSelect={onSelect} />;
}

export function WherePanel({ filters, view, drill, onDrill }: WherePanelProps) {
  const { figureRef, near } = useNearScreenPanel();
  const [result, reexecute] = useQuery({
    query: WherePanel_CountsQuery,
    variables: { filter: toBatchFilter(filters), top: MAP_TOP_PLACES },
    pause: !near,
  });
  const data = result.data;
  const answer = useMemo(() => (data ? toMapBuckets(data.places, data.states.buckets) : null), [data]);
  const model = useMemo(() => (answer && data ? toMapModel(answer.buckets, data.places.total) : null), [answer, data]);
  const summed = answer && answer.summedPlaces > 0 ? summedPlacesText(answer.summedPlaces, answer.drawnPlaces) : null;
  const [containerRef, width] = useWidth();
  const geography = useGeography(near);
  // The embeds' palettes: the map's land, shades and words follow the page's theme like the embedded map does.
  const theme = THEMES[useResolvedTheme()];
  const selectedKey = drill && drill.chart === WHERE_CHART_ID ? (drill.values[0] ?? null) : null;
  const select = ({ dimension, key }: MapSelection): void =>
    onDrill({ chart: WHERE_CHART_ID, period: null, dimension, values: [key] });
  const find = (m: MapModel | null, key: string | null) =>
    m?.states.find((s) => s.code === key) ??
    m?.symbols.find((s) => s.key === key) ??
    m?.statewide.find((s) => s.key === key);
  // A place picked beyond the biggest ones (in the table, or from a shared link) is named from every place's counts.
  const beyondTop = selectedKey !== null && model !== null && summed !== null && !find(model, selectedKey);
  const everyPlace = useAllPlaces(filters, !beyondTop);
  const labelOf = (value: string): string | undefined => (find(model, value) ?? find(everyPlace, value))?.label;
  const selected = find(model, selectedKey) ?? find(everyPlace, selectedKey);
  const scale = Math.min(1, scaleFor(width, width));
  const height = geography ? mapNaturalHeight(geography, width, scale, model ?? undefined) : Math.round(width * 0.66);
  const ready = model && geography ? { model, geography } : null;
  return (
    <ChartFigure
      id={WHERE_CHART_ID}
      figureRef={figureRef}
      wide
      title="Where"
      subtitle="Each state shaded by the subpoenas served in it, its own agencies and the places inside it; counties and cities as circles sized by their subpoenas. Select a state or a circle to list the batches."
      summary={model ? (summed ? `${describeMap(model)} ${summed}` : describeMap(model)) : "Loading…"}
      notes={
        model ? (
          <>
            {summed && <p data-testid="where-summed">{summed}</p>}
            <UnknownMarkerKey count={model.totals.unknownCountBatches} />
          </>
        ) : null
      }
      table={
        model ? (
          summed ? (
            <AllPlacesTable filters={filters} onSelect={select} />
          ) : (
            <WhereTable model={model} onSelect={select} />
          )
        ) : null
      }
      downloads={<ChartDataDownloads query={{ groupBy: ["JURISDICTION"], filters }} />}
      after={
        <ChartDrillDown
          chart={WHERE_CHART_ID}
          filters={filters}
          drill={drill}
          interval={view.interval}
          labelOf={labelOf}
          figure={selected ? subpoenasInBatches(selected.subpoenas, selected.batches) : undefined}
          onChange={onDrill}
        />
      }
    >
      <div ref={containerRef}>
        <ChartLoadState
          waiting={!near}
          data={ready}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
          isEmpty={(loaded) => loaded.model.totals.batches === 0}
          emptyMessage="No subpoenas match these filters."
          height={height}
        >
          {(loaded) => (
            <svg
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
              role="group"
              aria-label={describeMap(loaded.model)}
              data-testid="where-map"
              style={{ display: "block", maxWidth: "100%", fontFamily: theme.fontFamily }}
            >
              <MapChart
                model={loaded.model}
                geography={loaded.geography}
                width={width}
                height={height}
                theme={theme}
                scale={scale}
                onSelect={select}
                selectedKey={selectedKey}
              />
            </svg>
          )}
        </ChartLoadState>
      </div>
    </ChartFigure>
  );
}
