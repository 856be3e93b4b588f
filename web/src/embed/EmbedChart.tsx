// The embed page: the chart, its title, a one-line caption, the source with the data's date (linking back to the
// dashboard view), a link to the data and a data table on request. No app chrome. The page fits the chart into the
// frame it is given, and tells the host how tall it would like to be.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  ChartSvg,
  EMBED_PAGE_STYLE,
  buildChartDocument,
  naturalBodyHeight,
  pageScale,
  type EmbedPayload,
  type MapGeography,
} from "@subpoena-tracker/charts";
import { formatTimestampDay } from "@subpoena-tracker/domain";
import { DataTable } from "./DataTable";
import { isMeasureRequest, postHeight } from "./resize";
import { useChartTheme } from "./useChartTheme";

/** A frame too short for the chart still shows at least this much of it; below, the page scrolls. */
const MIN_CHART_HEIGHT = 140;

function useViewport(): { width: number; height: number } {
  const read = () => ({ width: document.documentElement.clientWidth, height: window.innerHeight });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const update = () => setSize(read());
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return size;
}

/**
 * The map's shapes, fetched from this site only when the chart is a map: the other embeds stay within their
 * JavaScript budget, and the map's chunk (about 24 KB gzipped) loads beside the page.
 */
function useMapGeography(wanted: boolean): MapGeography | null {
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

export function EmbedChart({ payload }: { payload: EmbedPayload }) {
  const document_ = useMemo(
    () => buildChartDocument(payload.view, payload.counts, payload.context),
    [payload.view, payload.counts, payload.context],
  );
  const theme = useChartTheme(payload.theme);
  const viewport = useViewport();
  const geography = useMapGeography(document_.model.kind === "map");
  const [showTable, setShowTable] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  // Everything on the page but the chart: title, caption, footer, table.
  const [others, setOthers] = useState<number | null>(null);
  const tableId = useId();

  const width = Math.max(200, viewport.width - EMBED_PAGE_STYLE.padding * 2);
  const scale = pageScale(width);
  const natural = naturalBodyHeight(document_.model, width, scale);
  // Shrink to fit a fixed-height frame (a host that strips scripts); grow no further than the chart wants.
  const fit = others === null ? natural : Math.max(MIN_CHART_HEIGHT, viewport.height - others);
  const height = Math.round(showTable ? natural : Math.min(natural, fit));

  useLayoutEffect(() => {
    const root = rootRef.current;
    const chart = chartRef.current;
    if (!root || !chart) return;
    const measured = root.offsetHeight - chart.offsetHeight;
    if (measured !== others) setOthers(measured);
  });

  const wanted = others === null ? null : others + natural;
  const report = useCallback(() => {
    if (wanted !== null) postHeight(window, wanted);
  }, [wanted]);
  useEffect(report, [report]);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (isMeasureRequest(event.data)) report();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [report]);

  const newTab = <span className="visually-hidden"> (opens in a new tab)</span>;
  return (
    <div className="embed" ref={rootRef} data-theme-resolved={theme.name}>
      {payload.showTitle ? <h1 className="embed__title">{document_.title}</h1> : null}
      <p className="embed__caption">{document_.caption}</p>
      <figure className="embed__chart" ref={chartRef}>
        <ChartSvg
          model={document_.model}
          width={width}
          height={height}
          theme={theme}
          scale={scale}
          label={document_.label}
          description={document_.description}
          idPrefix="embed-chart"
          geography={geography}
        />
      </figure>
      <p className="embed__footer">
        <span>
          Source:{" "}
          <a href={payload.links.dashboard} target="_blank" rel="noopener">
            Subpoena Tracker
            {newTab}
          </a>
          , database updated {formatTimestampDay(payload.context.asOf)}
        </span>
        <a href={payload.links.csv} target="_blank" rel="noopener">
          Data (CSV)
          {newTab}
        </a>
        <button
          type="button"
          className="embed__toggle"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? "Hide data table" : "Show data table"}
        </button>
      </p>
      {/* Focusable so a keyboard can scroll a table wider than the frame (many places, many months), as on the
          dashboard's figures. */}
      <div
        className="embed__table"
        id={tableId}
        hidden={!showTable}
        role="region"
        aria-label={`${document_.title}: the numbers as a table`}
        tabIndex={0}
      >
        {showTable ? <DataTable model={document_.model} caption={document_.title} /> : null}
      </div>
    </div>
  );
}
