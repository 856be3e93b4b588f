// Subpoenas by outcome, each in its fixed colour, drawn from ready-made bars (utils/toSeries.ts). No fetching.
import { HorizontalBars } from "../../../ui/charts/HorizontalBars";
import type { ChartTheme } from "../../../ui/theme";
import { figureText } from "@subpoena-tracker/charts";
import { describeOutcomes, formatPercent, type OutcomesData } from "../utils/toSeries";

export interface OutcomesChartProps {
  data: OutcomesData;
  width?: number;
  theme?: ChartTheme;
  onSelect?: (outcome: string) => void;
  selectedKey?: string | null;
}

export function OutcomesChart({ data, width, theme, onSelect, selectedKey }: OutcomesChartProps) {
  return (
    <HorizontalBars
      testId="outcomes-chart"
      label={`Bar chart of the outcomes of ICE subpoenas served: ${describeOutcomes(data)}`}
      width={width}
      theme={theme}
      onSelect={onSelect}
      selectedKey={selectedKey}
      bars={data.bars.map((bar) => ({
        key: bar.outcome,
        label: bar.label,
        value: bar.subpoenas,
        color: bar.color,
        unknownCountBatches: bar.unknownCountBatches,
        figure: figureText(bar.subpoenas, bar.inexactCountBatches),
        valueText: `${figureText(bar.subpoenas, bar.inexactCountBatches)} · ${formatPercent(bar.share)}`,
        details: [bar.description],
      }))}
    />
  );
}
