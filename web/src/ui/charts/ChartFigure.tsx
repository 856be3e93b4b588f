import { useId, useState, type ReactNode, type Ref } from "react";
import { EmbedButton } from "../../modules/embed-builder/components/EmbedButton";

export interface ChartFigureProps {
  title: string;
  subtitle?: ReactNode;
  // The text summary: what the chart says, in words, for every reader.
  summary: ReactNode;
  controls?: ReactNode;
  legend?: ReactNode;
  // The chart itself, or a loading, empty or error state in its place.
  children: ReactNode;
  notes?: ReactNode;
  // The same numbers as a real table; shown on request.
  table?: ReactNode;
  downloads?: ReactNode;
  source?: ReactNode;
  // What a click on the chart opened (the batches behind a bar), shown under it.
  after?: ReactNode;
  wide?: boolean;
  id?: string;
  // The <figure> itself, e.g. for a panel that loads its data only when it nears the screen (useNearViewport).
  figureRef?: Ref<HTMLElement>;
}

// Every chart is a <figure> with its caption, a text summary, and a data-table alternative a keyboard or screen
// reader user can open: the chart is never the only way to the numbers.
export function ChartFigure(props: ChartFigureProps) {
  const { title, subtitle, summary, controls, legend, children, notes, table, downloads, source, after, wide, id } =
    props;
  const { figureRef } = props;
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <figure
      ref={figureRef}
      className={wide ? "chart-figure chart-figure--wide" : "chart-figure"}
      aria-labelledby={titleId}
      id={id}
      data-chart={id}
    >
      <figcaption>
        <h2 className="chart-figure__title" id={titleId}>
          {title}
        </h2>
        {subtitle && <p className="chart-figure__subtitle">{subtitle}</p>}
        <p className="chart-figure__summary" data-chart-summary>
          {summary}
        </p>
      </figcaption>
      {controls && <div className="chart-figure__controls">{controls}</div>}
      {legend}
      <div className="chart-figure__body">{children}</div>
      {notes && <div className="chart-figure__notes">{notes}</div>}
      <div className="chart-figure__footer">
        {table && (
          <button
            type="button"
            className="button"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? "Hide table" : "Show as table"}
          </button>
        )}
        {downloads}
        <EmbedButton chart={id} />
        {source && <span className="chart-figure__source">{source}</span>}
      </div>
      {table && (
        // Focusable so a keyboard can scroll a table wider than a phone.
        <div
          className="chart-figure__table"
          id={tableId}
          hidden={!showTable}
          role="region"
          aria-label={`${title}: the numbers as a table`}
          tabIndex={0}
        >
          {/* Built only when asked for: a monthly table is hundreds of cells the first view would render unseen. */}
          {showTable && table}
        </div>
      )}
      {after}
    </figure>
  );
}
