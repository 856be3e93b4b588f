// The chart's numbers as a real table: the alternative to the picture for screen-reader and keyboard users, and for
// anyone who wants the exact figures. Batches of unreported size have their own column, never a zero.
import { formatNumber, formatPeriodHuman } from "@subpoena-tracker/domain";
import {
  figureText,
  omittedSymbolsText,
  statewideLabel,
  type BarsModel,
  type ChartModel,
  type ColumnsModel,
  type MapModel,
} from "@subpoena-tracker/charts";

const UNREPORTED_HEADER = "Batches of unreported size";

function ColumnsTable({ model, caption }: { model: ColumnsModel; caption: string }) {
  const stacked = model.stack !== "none";
  const rows = [...model.columns, ...model.coarse];
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {stacked
            ? model.series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))
            : null}
          <th scope="col">{stacked ? "Total" : "Subpoenas"}</th>
          <th scope="col">{UNREPORTED_HEADER}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.period}>
            <th scope="row">{index < model.columns.length ? formatPeriodHuman(row.period) : row.label}</th>
            {stacked ? row.values.map((value, i) => <td key={model.series[i].key}>{formatNumber(value)}</td>) : null}
            <td>{formatNumber(row.total)}</td>
            <td>{formatNumber(row.unknownCountBatches)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const DIMENSION_HEADERS = { jurisdiction: "Jurisdiction", state: "State", outcome: "Outcome" } as const;

function BarsTable({ model, caption }: { model: BarsModel; caption: string }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{DIMENSION_HEADERS[model.dimension]}</th>
          <th scope="col">Subpoenas</th>
          <th scope="col">Batches</th>
          <th scope="col">{UNREPORTED_HEADER}</th>
        </tr>
      </thead>
      <tbody>
        {model.bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row">{bar.label}</th>
            <td>{bar.subpoenas === 0 && bar.unknownCountBatches > 0 ? "not reported" : formatNumber(bar.subpoenas)}</td>
            <td>{formatNumber(bar.batches)}</td>
            <td>{formatNumber(bar.unknownCountBatches)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MapTable({ model, caption }: { model: MapModel; caption: string }) {
  // Every jurisdiction the API lists is a row: the states' own (in their shading, without a circle) by that name.
  const rows = [
    ...model.states,
    ...model.statewide.map((s) => ({ ...s, code: s.key, label: statewideLabel(s.label) })),
    ...model.symbols.map((s) => ({ ...s, code: s.key })),
  ];
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">State, county or city</th>
          <th scope="col">Subpoenas</th>
          <th scope="col">Batches</th>
          <th scope="col">{UNREPORTED_HEADER}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.label}</th>
            <td>
              {row.subpoenas === 0 && row.unknownCountBatches > 0
                ? "not reported"
                : figureText(row.subpoenas, row.inexactCountBatches)}
            </td>
            <td>{formatNumber(row.batches)}</td>
            <td>{formatNumber(row.unknownCountBatches)}</td>
          </tr>
        ))}
      </tbody>
      {model.omittedSymbols ? (
        <tfoot>
          <tr>
            <td colSpan={4}>{omittedSymbolsText(model.omittedSymbols)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

export function DataTable({ model, caption }: { model: ChartModel; caption: string }) {
  if (model.kind === "map") return <MapTable model={model} caption={caption} />;
  return model.kind === "columns" ? (
    <ColumnsTable model={model} caption={caption} />
  ) : (
    <BarsTable model={model} caption={caption} />
  );
}
