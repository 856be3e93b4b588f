import { formatTimestampDay } from "@subpoena-tracker/domain";
import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { graphql } from "../../../gql";
import type { ChangeLog_ChangesQuery } from "../../../gql/graphql";
import { ErrorState, Skeleton } from "../../../ui/status";
import { recordNoun, recordPath } from "../utils/recordLinks";

const ChangesQuery = graphql(`
  query ChangeLog_Changes($first: Int, $before: Int) {
    changes(first: $first, before: $before) {
      totalCount
      nodes {
        version
        publishedAt
        note
        kind
        recordCount
        downloadPath
        records {
          recordType
          recordId
          action
          reason
        }
      }
    }
  }
`);

type DatasetChange = ChangeLog_ChangesQuery["changes"]["nodes"][number];

const PAGE_SIZE = 20;
const ACTION_WORDS = { CREATE: "added", UPDATE: "corrected", WITHDRAW: "withdrawn" } as const;

function ChangeEntry({ change }: { change: DatasetChange }) {
  const corrections = change.records.filter((r) => r.reason && r.action !== "CREATE");
  return (
    <li className="change-entry" id={`version-${change.version}`}>
      <h2 className="change-entry__title">
        Version {change.version} <span className="source__meta">· {formatTimestampDay(change.publishedAt)}</span>
      </h2>
      <p className="change-entry__note">{change.note}</p>
      {corrections.length > 0 && (
        <ul className="change-entry__reasons">
          {corrections.map((record) => (
            <li key={`${record.recordType}:${record.recordId}`}>
              <strong>
                {recordNoun(record.recordType)} {record.recordId} {ACTION_WORDS[record.action]}:
              </strong>{" "}
              {record.reason}
            </li>
          ))}
        </ul>
      )}
      <details className="change-entry__records">
        <summary>
          {change.recordCount} record{change.recordCount === 1 ? "" : "s"} touched
          {change.kind === "IMPORT" ? " (data package import)" : ""}
        </summary>
        <ul>
          {change.records.map((record) => {
            const to = recordPath(record.recordType, record.recordId);
            const name = `${recordNoun(record.recordType)} ${record.recordId}`;
            return (
              <li key={`${record.recordType}:${record.recordId}`}>
                {to && record.action !== "WITHDRAW" ? <Link to={to}>{name}</Link> : name}{" "}
                <span className="source__meta">{ACTION_WORDS[record.action]}</span>
              </li>
            );
          })}
          {change.recordCount > change.records.length && (
            <li className="source__meta">
              and {change.recordCount - change.records.length} more (see the version's data package)
            </li>
          )}
        </ul>
      </details>
      <p className="source__meta">
        <a href={change.downloadPath} download>
          Download the dataset as of version {change.version} (data package, ZIP)
        </a>
      </p>
    </li>
  );
}

function ChangePage({
  before,
  isLast,
  onMore,
}: {
  before: number | null;
  isLast: boolean;
  onMore: (v: number) => void;
}) {
  const [result, reexecute] = useQuery({ query: ChangesQuery, variables: { first: PAGE_SIZE, before } });
  if (result.error && !result.data) {
    return (
      <ErrorState
        title="The changes could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <Skeleton height={300} label="Loading the changes" />;
  const nodes = result.data.changes.nodes;
  const oldest = nodes[nodes.length - 1];
  return (
    <>
      {nodes.map((change) => (
        <ChangeEntry key={change.version} change={change} />
      ))}
      {isLast && oldest && oldest.version > 1 && nodes.length === PAGE_SIZE && (
        <li className="change-log__more">
          <button type="button" className="button" onClick={() => onMore(oldest.version)}>
            Older changes
          </button>
        </li>
      )}
    </>
  );
}

// Every published changeset by version, newest first: its note, the records it touched, the reasons for corrections
// and withdrawals, and the data package exactly as that version published it.
export function ChangeLog() {
  const [pages, setPages] = useState<(number | null)[]>([null]);
  return (
    <ol className="change-log" data-testid="change-log">
      {pages.map((before, index) => (
        <ChangePage
          key={before ?? "latest"}
          before={before}
          isLast={index === pages.length - 1}
          onMore={(version) => setPages((current) => [...current, version])}
        />
      ))}
    </ol>
  );
}
