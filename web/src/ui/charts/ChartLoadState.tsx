import type { ReactNode } from "react";
import { EmptyState, ErrorState, Skeleton } from "../status";

const DEFAULT_CHART_HEIGHT = 240;

export interface ChartLoadStateProps<T> {
  data: T | null;
  error?: Error;
  onRetry: () => void;
  isEmpty: (data: T) => boolean;
  emptyMessage: ReactNode;
  // The placeholder takes the chart's height so nothing below it jumps when the chart arrives.
  height?: number;
  // The data is not asked for yet (a panel waiting to near the screen): the placeholder stands still.
  waiting?: boolean;
  children: (data: T) => ReactNode;
}

// What stands in a chart's place until there is something to draw: the error (only while there is no older data to
// show), a placeholder while loading, or a message when nothing matches.
export function ChartLoadState<T>({
  data,
  error,
  onRetry,
  isEmpty,
  emptyMessage,
  height = DEFAULT_CHART_HEIGHT,
  waiting = false,
  children,
}: ChartLoadStateProps<T>) {
  if (error && !data) return <ErrorState title="The chart could not be loaded." error={error} onRetry={onRetry} />;
  if (!data) return <Skeleton height={height} label="Loading the chart" still={waiting} />;
  if (isEmpty(data)) return <EmptyState>{emptyMessage}</EmptyState>;
  return children(data);
}
