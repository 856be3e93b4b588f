import { figureText, subpoenasWords } from "@subpoena-tracker/charts";
import { ListBatchesButton } from "../../drill-down/components/ListBatchesButton";
import type { OverTimeData, OverTimeRow } from "../utils/toSeries";
import type { OverTimeSelection } from "./SubpoenasOverTimeChart";

export interface OverTimeTableProps {
  data: OverTimeData;
  onSelect?: (selection: OverTimeSelection) => void;
}

// The same figure the chart draws ("4*" for an "at least 4"), with the batches of unreported size beside it.
function cellText(value: number, unknown: number, inexact: number): string {
  const figure = figureText(value, inexact);
  return unknown > 0 ? `${figure} + ${unknown} unreported` : figure;
}

// The chart's numbers as a table. Each period and each non-empty cell is a button leading to the same list of batches
// as a click on the bar or segment, so the drill-down works from the keyboard.
export function OverTimeTable({ data, onSelect }: OverTimeTableProps) {
  const showSeries = data.stackBy !== "none";
  const renderRow = (row: OverTimeRow) => (
    <tr key={row.period} data-period={row.period}>
      <th scope="row">
        {onSelect && (row.total > 0 || row.unknownCountBatches > 0) ? (
          <ListBatchesButton
            label={row.label}
            subpoenas={row.total}
            onClick={() => onSelect({ period: row.period, seriesIndex: null })}
          />
        ) : (
          row.label
        )}
      </th>
      {showSeries &&
        data.series.map((series, index) => {
          const value = row.values[index];
          const unknown = row.unknown[index];
          const inexact = row.inexact[index];
          return (
            <td key={series.key} className="num">
              {onSelect && (value > 0 || unknown > 0) ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${series.label}, ${row.label}: ${subpoenasWords(value, inexact)}${unknown > 0 ? ` plus ${unknown} of unreported size` : ""}. List the batches`}
                  onClick={() => onSelect({ period: row.period, seriesIndex: index })}
                >
                  {cellText(value, unknown, inexact)}
                </button>
              ) : (
                cellText(value, unknown, inexact)
              )}
            </td>
          );
        })}
      <td className="num" data-total>
        {cellText(row.total, row.unknownCountBatches, row.inexactCountBatches)}
      </td>
    </tr>
  );
  return (
    <table className="data-table" data-testid="over-time-table">
      <caption>Subpoenas by {data.interval}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {showSeries &&
            data.series.map((series) => (
              <th key={series.key} scope="col" className="num">
                {series.label}
              </th>
            ))}
          <th scope="col" className="num">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map(renderRow)}
        {data.coarseRows.map(renderRow)}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All periods</th>
          {showSeries &&
            data.series.map((series) => (
              <td key={series.key} className="num">
                {cellText(series.subpoenas, series.unknownCountBatches, series.inexactCountBatches)}
              </td>
            ))}
          <td className="num">
            {cellText(data.subpoenas, data.unknownCountBatches, data.model.totals.inexactCountBatches)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
