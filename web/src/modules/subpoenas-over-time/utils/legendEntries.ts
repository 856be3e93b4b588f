import { figureText, unreportedNote } from "@subpoena-tracker/charts";
import { formatNumber, pluralize } from "@subpoena-tracker/domain";
import type { LegendEntry } from "../../../ui/charts/Legend";
import { isListable, type OverTimeData } from "./toSeries";

/**
 * The over-time legend's entries. An entry's button is named with its figure exactly as shown ("1,234* + 5?", digits
 * grouped), so that speech input can say what is on screen (WCAG 2.5.3, Label in Name), then said in words.
 */
export function legendEntries(data: OverTimeData): LegendEntry[] {
  return data.series.map((s) => {
    const valueText = `${figureText(s.subpoenas, s.inexactCountBatches)}${
      s.unknownCountBatches > 0 ? ` + ${formatNumber(s.unknownCountBatches)}?` : ""
    }`;
    return {
      key: s.key,
      listable: isListable(data, s),
      label: s.label,
      color: s.color,
      valueText,
      actionLabel:
        s.unknownCountBatches > 0
          ? `${s.label}: ${valueText} (${pluralize(s.subpoenas, "subpoena")} ${unreportedNote(s.unknownCountBatches)}). List the batches`
          : `${s.label}: ${pluralize(s.subpoenas, "subpoena")}. List the batches`,
    };
  });
}
