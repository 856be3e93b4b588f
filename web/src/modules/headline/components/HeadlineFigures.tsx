import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { ErrorState, Skeleton } from "../../../ui/status";
import { UnknownMarker } from "../../../ui/UnknownMarker";
import { Stat } from "../../../ui/Stat";
import { unreportedNote } from "@subpoena-tracker/charts";
import type { DashboardFilters } from "../../dashboard-state/utils/dashboardState";
import { toBatchFilter } from "../../dashboard-state/utils/dashboardState";
import { formatPercent } from "../../outcomes/utils/toSeries";
import { describeHeadline, toHeadline } from "../utils/toHeadline";

export const HeadlineFigures_CountsQuery = graphql(`
  query HeadlineFigures_Counts($filter: BatchFilter) {
    byOutcome: subpoenaCounts(filter: $filter, groupBy: [OUTCOME]) {
      buckets {
        outcome
        subpoenas
        batches
        unknownCountBatches
      }
      total {
        subpoenas
        batches
        unknownCountBatches
      }
    }
    # Only to count the places: the top one and how many others (otherSeries), not every place (3,000 at 1M).
    byJurisdiction: subpoenaCounts(filter: $filter, groupBy: [JURISDICTION], top: 1) {
      buckets {
        jurisdiction {
          slug
        }
        batches
      }
      otherSeries
    }
    byPeriod: subpoenaCounts(filter: $filter, groupBy: [PERIOD], interval: MONTH) {
      buckets {
        period
        subpoenas
        batches
        unknownCountBatches
      }
    }
  }
`);

export interface HeadlineFiguresProps {
  filters: DashboardFilters;
  // "served" on the home page; a jurisdiction page says "served here".
  scope?: string;
}

// The numbers a reporter quotes first. Every total that leaves out batches of unreported size says so beside it.
export function HeadlineFigures({ filters, scope }: HeadlineFiguresProps) {
  const [result, reexecute] = useQuery({
    query: HeadlineFigures_CountsQuery,
    variables: { filter: toBatchFilter(filters) },
  });
  const data = result.data;
  const figures = useMemo(
    () =>
      data
        ? toHeadline({
            total: data.byOutcome.total,
            byOutcome: data.byOutcome.buckets,
            byJurisdiction: data.byJurisdiction,
            byPeriod: data.byPeriod.buckets,
            filter: { from: filters.from, to: filters.to },
          })
        : null,
    [data, filters.from, filters.to],
  );
  if (result.error && !figures) {
    return (
      <ErrorState
        title="The figures could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  // As tall as the figures will be (styles.css), so that the panels below do not start out near the screen and load
  // at once (they wait until the reader nears them), and nothing moves when the figures arrive.
  if (!figures) return <Skeleton className="stats-skeleton" label="Loading the figures" />;
  const unknown = unreportedNote(figures.unknownCountBatches);
  // Every figure says the time frame it counts, so "22" never reads as "22 up to now".
  const period = figures.frame ?? undefined;
  return (
    <section aria-label="Headline figures" className="stats" data-testid="headline">
      <p className="visually-hidden" aria-live="polite">
        {describeHeadline(figures)}
      </p>
      <Stat
        label={`Subpoenas ${scope ?? "served"}`}
        period={period}
        figure="subpoenas"
        value={figures.subpoenas}
        note={
          unknown ? (
            <>
              <UnknownMarker /> {unknown}
            </>
          ) : figures.batches === 0 ? (
            "No batch recorded"
          ) : (
            "Every batch's size is reported"
          )
        }
      />
      <Stat
        label="Batches"
        period={period}
        figure="batches"
        value={figures.batches}
        note="Served together on one date"
      />
      <Stat
        label="Jurisdictions"
        period={period}
        figure="jurisdictions"
        value={figures.jurisdictions}
        note="With at least one batch"
      />
      <Stat
        label="Share by outcome"
        period={period}
        wide
        note={figures.outcomes.length === 0 ? "No outcomes to show." : undefined}
      >
        {figures.outcomes.length > 0 && (
          <>
            <div className="share-bar" aria-hidden="true">
              {figures.outcomes.map((bar) => (
                <span key={bar.outcome} style={{ width: `${bar.share * 100}%`, background: bar.color }} />
              ))}
            </div>
            <ul className="share-list">
              {figures.outcomes.map((bar) => (
                <li key={bar.outcome}>
                  <span className="swatch" style={{ background: bar.color }} aria-hidden="true" />
                  {bar.label}
                  <span className="share-list__value">
                    {bar.subpoenas} · {formatPercent(bar.share)}
                    {bar.unknownCountBatches > 0 ? ` + ${bar.unknownCountBatches}?` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Stat>
    </section>
  );
}
