import { useEffect, useRef, useState } from "react";
import { useQuery } from "urql";
import type { Interval } from "@subpoena-tracker/domain";
import { graphql } from "../../../gql";
import { BatchCard } from "../../batches/components/BatchCard";
import type { DashboardFilters, DrillTarget } from "../../dashboard-state/utils/dashboardState";
import { describeDrill, drillBatchFilter, matchesDrill } from "../utils/drill";
import { ErrorState, Skeleton, EmptyState } from "../../../ui/status";
import { formatPeriodHuman } from "@subpoena-tracker/domain";

// The API's largest page: a drill-down rarely needs more, and "Show more" fetches the next.
const PAGE_SIZE = 100;

export const DrillDownPanel_BatchesQuery = graphql(`
  query DrillDownPanel_Batches($filter: BatchFilter, $first: Int, $after: String) {
    batches(filter: $filter, first: $first, after: $after, orderBy: ISSUED_ON_ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...BatchCard_Batch
      }
    }
  }
`);

interface DrillDownPanelProps {
  filters: DashboardFilters;
  drill: DrillTarget;
  interval: Interval;
  // Names of the series' keys (jurisdiction slugs, state codes) as the chart shows them.
  labelOf: (value: string) => string | undefined;
  // What the clicked bar counted, e.g. "14 subpoenas in 4 batches", said before the list loads.
  figure?: string;
  onChange: (drill: DrillTarget | null) => void;
}

interface PageProps {
  filters: DashboardFilters;
  drill: DrillTarget;
  interval: Interval;
  after: string | null;
  onNext: (cursor: string | null) => void;
}

function DrillPage({ filters, drill, interval, after, onNext }: PageProps) {
  const [result, reexecute] = useQuery({
    query: DrillDownPanel_BatchesQuery,
    variables: { filter: drillBatchFilter(filters, drill), first: PAGE_SIZE, after },
  });
  const connection = result.data?.batches;
  const next = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  useEffect(() => onNext(next), [next, onNext]);
  if (result.fetching && !connection) return <Skeleton height={160} label="Loading the batches" />;
  if (result.error && !connection) {
    return (
      <ErrorState
        title="The batches could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  const batches = (connection?.nodes ?? []).filter((batch) =>
    matchesDrill(
      {
        date: batch.issuedOn,
        jurisdiction: { slug: batch.jurisdiction.slug, state: batch.jurisdiction.state ?? "" },
        outcomes: batch.outcomes.map((part) => part.outcome),
      },
      drill,
      interval,
    ),
  );
  if (batches.length === 0 && after === null) {
    return <EmptyState>No batches match this selection.</EmptyState>;
  }
  return (
    <ul className="batch-list">
      {batches.map((batch) => (
        <li key={batch.id}>
          <BatchCard batch={batch} headingLevel={4} />
        </li>
      ))}
    </ul>
  );
}

/** How long the panel keeps itself in view while the page above it draws. */
const DRILL_SETTLE_MS = 4000;

// The batches behind a clicked bar, segment or legend entry: listed under the chart, with ways to widen the selection
// and to close it. Focus moves to its heading so keyboard and screen-reader users land on what they asked for.
function DrillDownPanel({ filters, drill, interval, labelOf, figure, onChange }: DrillDownPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const drillKey = JSON.stringify(drill);

  useEffect(() => {
    setCursors([null]);
    setNextCursor(null);
    const heading = headingRef.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start", behavior: "smooth" });
    // A shared ?drill= link opens the page with the panel already there, and the charts above it draw afterwards,
    // pushing it out of view. Keep it in view while the page settles, until the reader scrolls or presses a key.
    let settled = false;
    const observer = new ResizeObserver(() => {
      if (!settled) heading.scrollIntoView({ block: "start" });
    });
    const stop = () => {
      settled = true;
      observer.disconnect();
    };
    observer.observe(document.body);
    const timer = window.setTimeout(stop, DRILL_SETTLE_MS);
    const events = ["wheel", "touchstart", "keydown", "mousedown"] as const;
    for (const event of events) window.addEventListener(event, stop, { once: true, passive: true });
    return () => {
      stop();
      window.clearTimeout(timer);
      for (const event of events) window.removeEventListener(event, stop);
    };
  }, [drillKey]);

  const title = describeDrill(drill, labelOf);
  const widenToPeriod = drill.period && drill.dimension ? { ...drill, dimension: null, values: [] } : null;
  const widenToSeries = drill.period && drill.dimension ? { ...drill, period: null } : null;
  const lastIndex = cursors.length - 1;

  return (
    <section className="drill" aria-labelledby="drill-heading" data-testid="drill-down">
      <div className="drill__head">
        <div>
          <h3 id="drill-heading" ref={headingRef} tabIndex={-1}>
            Batches behind {title}
          </h3>
          {figure && <p className="source__meta">{figure}</p>}
        </div>
        <div className="drill__actions">
          {widenToPeriod && (
            <button type="button" className="button" onClick={() => onChange(widenToPeriod)}>
              All of {formatPeriodHuman(drill.period ?? "")}
            </button>
          )}
          {widenToSeries && (
            <button type="button" className="button" onClick={() => onChange(widenToSeries)}>
              {describeDrill({ ...widenToSeries, period: null }, labelOf)}, every period
            </button>
          )}
          <button type="button" className="button" onClick={() => onChange(null)}>
            Close<span className="visually-hidden"> the list of batches</span>
          </button>
        </div>
      </div>
      {cursors.map((after, index) => (
        <DrillPage
          key={`${drillKey}-${after ?? "first"}`}
          filters={filters}
          drill={drill}
          interval={interval}
          after={after}
          onNext={index === lastIndex ? setNextCursor : () => undefined}
        />
      ))}
      {nextCursor && (
        <p>
          <button type="button" className="button" onClick={() => setCursors((list) => [...list, nextCursor])}>
            Show more batches
          </button>
        </p>
      )}
    </section>
  );
}

export interface ChartDrillDownProps extends Omit<DrillDownPanelProps, "drill"> {
  // The chart this list belongs under; the list shows only while the selection is that chart's.
  chart: string;
  drill: DrillTarget | null;
}

export function ChartDrillDown({ chart, drill, ...props }: ChartDrillDownProps) {
  return drill && drill.chart === chart ? <DrillDownPanel drill={drill} {...props} /> : null;
}
