import { Link } from "../../../app/router";
import type { TableConfig } from "../tables/types";
import { sortBy, sortDirection, type TableState } from "../utils/tableState";

// The rows, with sortable column headers: each a link to the same table sorted by that column (ascending, then
// descending), announced with aria-sort. The table scrolls sideways on a phone rather than squeezing its columns.
export function RecordsTable<Row>({
  config,
  rows,
  state,
  href,
  busy,
}: {
  config: TableConfig<Row>;
  rows: Row[];
  state: TableState;
  href: (state: TableState) => string;
  busy: boolean;
}) {
  const sort = state.sort ?? config.defaultSort;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${config.title}, scrollable table`}>
      <table className="data-table records-table" aria-busy={busy}>
        <caption className="visually-hidden">
          {config.title}: one row per {config.noun.one}
        </caption>
        <thead>
          <tr>
            {config.columns.map((column) => {
              const direction = column.sort ? sortDirection(sort, column.sort) : null;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? "num" : undefined}
                  aria-sort={direction ?? (column.sort ? "none" : undefined)}
                  data-column={column.id}
                >
                  {column.sort ? (
                    <Link
                      to={href(sortBy(state, column.sort, config.defaultSort))}
                      preserveScroll
                      className="sort-link"
                    >
                      {column.label}
                      <span aria-hidden="true" className="sort-link__arrow">
                        {direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : " ↕"}
                      </span>
                      <span className="visually-hidden">
                        {direction === "ascending" ? ", sorted ascending; sort descending" : ", sort"}
                      </span>
                    </Link>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={config.rowKey(row)} data-row={config.rowKey(row)}>
              {config.columns.map((column) => (
                <td key={column.id} className={column.numeric ? "num" : undefined}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
