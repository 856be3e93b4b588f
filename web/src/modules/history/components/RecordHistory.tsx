import { formatTimestampDay } from "@subpoena-tracker/domain";
import type { ReactNode } from "react";
import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql";
import type { RecordType } from "../../../gql/graphql";
import { PageHeader, Section } from "../../../ui/Layout";
import { Skeleton } from "../../../ui/status";
import { groupByVersion, withdrawalOf } from "../utils/history";

const RevisionsQuery = graphql(`
  query RecordHistory_Revisions($record: RecordRefInput!) {
    revisions(record: $record) {
      recordType
      recordId
      recordVersion
      datasetVersion
      publishedAt
      action
      reason
      note
    }
  }
`);

// A record's published history: every change with its date, the dataset version that published it and why. Drafts
// never appear here (the API only knows published revisions).
export function RecordHistory({ type, id, noun }: { type: RecordType; id: string; noun: string }) {
  const [result] = useQuery({ query: RevisionsQuery, variables: { record: { type, id } } });
  const revisions = result.data?.revisions;
  if (!revisions) {
    if (result.error) return <p className="source__meta">The history could not be loaded ({result.error.message}).</p>;
    return <Skeleton height={80} label="Loading the history" />;
  }
  if (revisions.length === 0) return <p className="source__meta">No published change is recorded for this {noun}.</p>;
  return (
    <ol className="history" data-testid="record-history">
      {groupByVersion(revisions, { type, id }).map((group) => (
        <li key={group.datasetVersion} className="history__item">
          <p className="history__head">
            <strong>{group.summary.join(", ")}</strong>{" "}
            <span className="source__meta">
              {formatTimestampDay(group.publishedAt)} ·{" "}
              <Link to={paths.changes(`version-${group.datasetVersion}`)}>version {group.datasetVersion}</Link>
            </span>
          </p>
          <p className="history__note">{group.note}</p>
          {group.reasons.map((reason) => (
            <p key={reason} className="history__reason">
              <span className="visually-hidden">Reason: </span>
              {reason}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}

/** Said at the top of a withdrawn record's page: it is no longer counted, and why. */
export function WithdrawnNotice({ type, id, noun }: { type: RecordType; id: string; noun: string }) {
  const [result] = useQuery({ query: RevisionsQuery, variables: { record: { type, id } } });
  const withdrawal = result.data ? withdrawalOf(result.data.revisions, { type, id }) : null;
  if (!withdrawal) return null;
  return (
    <div className="status status--error withdrawn-notice" role="note">
      <strong>
        This {noun} was withdrawn on {formatTimestampDay(withdrawal.publishedAt)} (version {withdrawal.datasetVersion}).
      </strong>
      <p>
        {withdrawal.reason ?? "No reason was given."} It no longer counts in the figures or the downloads; its history
        stays below.
      </p>
    </div>
  );
}

/**
 * Where a record's page would be: a withdrawn record keeps a page that says so, with its history; a record that
 * never existed gets `fallback` (the "not found" page).
 */
export function WithdrawnOr({
  type,
  id,
  noun,
  fallback,
}: {
  type: RecordType;
  id: string;
  noun: string;
  fallback: ReactNode;
}) {
  const [result] = useQuery({ query: RevisionsQuery, variables: { record: { type, id } } });
  if (!result.data && !result.error) return <Skeleton height={200} label="Loading" />;
  const withdrawal = result.data ? withdrawalOf(result.data.revisions, { type, id }) : null;
  if (!withdrawal) return <>{fallback}</>;
  return (
    <article>
      <PageHeader
        eyebrow={<Link to={paths.home()}>Dashboard</Link>}
        title={`Withdrawn ${noun}`}
        dek={
          <>
            <code>{id}</code> was withdrawn from the dataset on {formatTimestampDay(withdrawal.publishedAt)} (version{" "}
            {withdrawal.datasetVersion}).
          </>
        }
      />
      <WithdrawnNotice type={type} id={id} noun={noun} />
      <Section title="History" id="history">
        <RecordHistory type={type} id={id} noun={noun} />
      </Section>
    </article>
  );
}
