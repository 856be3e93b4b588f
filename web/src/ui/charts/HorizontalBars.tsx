// Ranked horizontal bars (by place, by outcome), drawn by recharts (HorizontalBarsChart.tsx). The dashboard's first
// view is the over-time chart; these panels sit below it, so recharts and its parts come in a chunk of their own,
// loaded only when a panel that draws bars nears the viewport (issue 12: the first load holds only what it draws).
// Until then, and while the chunk loads, a placeholder of the chart's exact size stands in its place: nothing below
// moves when the chart arrives, and a screen reader hears the chart's name, which says its figures.
import { Component, lazy, Suspense, useRef, useState, type ReactNode } from "react";
import { ErrorState } from "../status";
import type { ChartTheme } from "../theme";
import { horizontalBarsHeight, type HorizontalBarDatum } from "./horizontalBarsModel";
import { useNearViewport } from "../useNearViewport";

export { horizontalBarsHeight, type HorizontalBarDatum } from "./horizontalBarsModel";

export interface HorizontalBarsProps {
  bars: HorizontalBarDatum[];
  width?: number;
  theme?: ChartTheme;
  onSelect?: (key: string) => void;
  selectedKey?: string | null;
  categoryWidth?: number;
  testId?: string;
  // The chart's accessible name. The numbers themselves belong in a text summary and a table beside it.
  label?: string;
}

const BARS_NEAR_MARGIN = "200px 0px";

const loadChart = () => import("./HorizontalBarsChart");

function BarsPlaceholder({
  height,
  width,
  label,
  testId,
}: {
  height: number;
  width?: number;
  label: string;
  testId?: string;
}) {
  return (
    <div
      className="chart chart--pending skeleton"
      style={{ height, width }}
      role="img"
      aria-label={label}
      aria-busy="true"
      data-testid={testId}
      data-chart-pending=""
    />
  );
}

// A chunk that did not arrive (a dropped connection, a deploy in between) says so and offers to try again; the table
// and the summary still hold the numbers.
class ChunkBoundary extends Component<{ onRetry: () => void; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ErrorState
        title="The chart could not be loaded."
        error={this.state.error}
        onRetry={() => {
          this.setState({ error: null });
          this.props.onRetry();
        }}
      />
    );
  }
}

export function HorizontalBars(props: HorizontalBarsProps) {
  // Closer than the map's screen of scroll: while the first view's own charts are still placeholders the page is
  // shorter, and a wider margin let a desktop's first load take recharts (pnpm bench:web, 1350 × 940).
  const ref = useRef<HTMLDivElement | null>(null);
  const near = useNearViewport(ref, BARS_NEAR_MARGIN);
  // A new lazy component per attempt: React keeps a failed import's error for good.
  const [Chart, setChart] = useState(() => lazy(loadChart));
  const placeholder = (
    <BarsPlaceholder
      height={horizontalBarsHeight(props.bars.length)}
      width={props.width}
      label={props.label ?? "Bar chart"}
      testId={props.testId}
    />
  );
  if (!near) return <div ref={ref}>{placeholder}</div>;
  return (
    <ChunkBoundary onRetry={() => setChart(() => lazy(loadChart))}>
      <Suspense fallback={placeholder}>
        <Chart {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}
