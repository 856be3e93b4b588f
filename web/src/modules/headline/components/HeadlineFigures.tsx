import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { ErrorState, Skeleton } from "../../../ui/status";
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
    byJurisdiction: subpoenaCounts(filter: $filter, groupBy: [JURISDICTION]) {
      buckets {
        jurisdiction {
          slug
        }
        batches
      }
    }
  }
`);

const SKELETON_HEIGHT = 132;

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
            byJurisdiction: data.byJurisdiction.buckets,
          })
        : null,
    [data],
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
  if (!figures) return <Skeleton height={SKELETON_HEIGHT} label="Loading the figures" />;
  const unknown = unreportedNote(figures.unknownCountBatches);
  return (
    <section aria-label="Headline figures" className="stats" data-testid="headline">
      <p className="visually-hidden" aria-live="polite">
        {describeHeadline(figures)}
      </p>
      <div className="stat">
        <h2 className="stat__label">Subpoenas {scope ?? "served"}</h2>
        <p className="stat__value" data-figure="subpoenas">
          {figures.subpoenas}
        </p>
        <p className="stat__note">
          {unknown ? (
            <>
              <span className="unknown-marker" aria-hidden="true">
                ?
              </span>{" "}
              {unknown}
            </>
          ) : figures.batches === 0 ? (
            "No batch recorded"
          ) : (
            "Every batch's size is reported"
          )}
        </p>
      </div>
      <div className="stat">
        <h2 className="stat__label">Batches</h2>
        <p className="stat__value" data-figure="batches">
          {figures.batches}
        </p>
        <p className="stat__note">Served together on one date</p>
      </div>
      <div className="stat">
        <h2 className="stat__label">Jurisdictions</h2>
        <p className="stat__value" data-figure="jurisdictions">
          {figures.jurisdictions}
        </p>
        <p className="stat__note">With at least one batch</p>
      </div>
      <div className="stat stat--wide">
        <h2 className="stat__label">Share by outcome</h2>
        {figures.outcomes.length === 0 ? (
          <p className="stat__note">No outcomes to show.</p>
        ) : (
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
      </div>
    </section>
  );
}
