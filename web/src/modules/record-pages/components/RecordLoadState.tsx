import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { NotFound } from "../../../ui/NotFound";
import { ErrorState, Skeleton } from "../../../ui/status";

// What a record page shows before its record: a skeleton while loading, "no such record" for an unknown id, and an
// error with a retry for anything else. Null once the record is there.
export function RecordLoadState({
  fetching,
  error,
  found,
  noun,
  notFound,
  onRetry,
}: {
  fetching: boolean;
  error: CombinedError | undefined;
  found: boolean;
  noun: string;
  notFound: ReactNode;
  onRetry: () => void;
}) {
  if (found) return null;
  if (fetching) return <Skeleton height={420} label={`Loading the ${noun}`} />;
  const missing = !error || error.graphQLErrors.some((e) => e.extensions?.code === "NOT_FOUND");
  if (missing) return <NotFound title={`No such ${noun}`}>{notFound}</NotFound>;
  return <ErrorState title={`The ${noun} could not be loaded.`} error={error} onRetry={onRetry} />;
}
