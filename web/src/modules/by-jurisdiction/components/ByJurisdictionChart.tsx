// Subpoenas by jurisdiction (or by state), drawn from ready-made bars (utils/toSeries.ts). No fetching.
import { HorizontalBars } from "../../../ui/charts/HorizontalBars";
import type { ChartTheme } from "../../../ui/theme";
import { OTHERS_KEY, figureText } from "@subpoena-tracker/charts";
import { describeByPlace, toChartBars, type ByPlaceData } from "../utils/toSeries";

export interface ByJurisdictionChartProps {
  data: ByPlaceData;
  width?: number;
  theme?: ChartTheme;
  onSelect?: (key: string) => void;
  selectedKey?: string | null;
}

export function ByJurisdictionChart({ data, width, theme, onSelect, selectedKey }: ByJurisdictionChartProps) {
  const bars = toChartBars(data);
  // A place picked in the table that the chart does not draw by name is summed into "other": that bar lights.
  const drawnKey = selectedKey && data.others && !data.bars.some((bar) => bar.key === selectedKey) ? OTHERS_KEY : null;
  return (
    <HorizontalBars
      testId="by-jurisdiction-chart"
      label={`Bar chart of ICE subpoenas served by ${data.dimension}: ${describeByPlace(data)}`}
      width={width}
      theme={theme}
      onSelect={onSelect}
      selectedKey={drawnKey || selectedKey}
      bars={bars.map((bar) => ({
        key: bar.key,
        label: bar.label,
        value: bar.subpoenas,
        color: bar.color,
        unknownCountBatches: bar.unknownCountBatches,
        valueText: figureText(bar.subpoenas, bar.inexactCountBatches),
        figure: figureText(bar.subpoenas, bar.inexactCountBatches),
        details: [
          `${bar.batches} batch${bar.batches === 1 ? "" : "es"}`,
          ...(bar.unknownCountBatches > 0 ? [`${bar.unknownCountBatches} of unreported size`] : []),
          ...(bar.folded ? ["Each one is listed in the table"] : []),
        ],
        selectable: !bar.folded,
      }))}
    />
  );
}
