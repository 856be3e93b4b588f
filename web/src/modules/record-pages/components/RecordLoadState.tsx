import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import type { RecordType } from "../../../gql/graphql";
import { NotFound } from "../../../ui/NotFound";
import { WithdrawnOr } from "../../history/components/RecordHistory";
import { ErrorState, isNotFound, Skeleton } from "../../../ui/status";

// What a record page shows before its record: a skeleton while loading, "no such record" for an unknown id, and an
// error with a retry for anything else. Null once the record is there.
export function RecordLoadState({
  fetching,
  error,
  found,
  noun,
  record,
  notFound,
  onRetry,
}: {
  fetching: boolean;
  error: CombinedError | undefined;
  found: boolean;
  noun: string;
  /** The record asked for: a withdrawn one keeps a page that says so, with its history. */
  record?: { type: RecordType; id: string };
  notFound: ReactNode;
  onRetry: () => void;
}) {
  if (found) return null;
  if (fetching) return <Skeleton height={420} label={`Loading the ${noun}`} />;
  if (isNotFound(error)) {
    const fallback = <NotFound title={`No such ${noun}`}>{notFound}</NotFound>;
    return record ? <WithdrawnOr type={record.type} id={record.id} noun={noun} fallback={fallback} /> : fallback;
  }
  return <ErrorState title={`The ${noun} could not be loaded.`} error={error} onRetry={onRetry} />;
}
