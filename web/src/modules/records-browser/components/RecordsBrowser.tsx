import { Link, useLocation } from "../../../app/router";
import { paths, type RecordTableName } from "../../../app/routes";
import { useDocumentTitle } from "../../../app/hooks/useDocumentTitle";
import { PageHeader } from "../../../ui/Layout";
import { EmptyState, ErrorState, Skeleton } from "../../../ui/status";
import { AGENCIES_TABLE } from "../tables/agenciesTable";
import { BATCHES_TABLE } from "../tables/batchesTable";
import { COURT_CASES_TABLE } from "../tables/courtCasesTable";
import { SOURCES_TABLE } from "../tables/sourcesTable";
import type { TableConfig } from "../tables/types";
import { parseTableState, serializeTableState, type TableState } from "../utils/tableState";
import { ActiveFilters, FacetList } from "./Facets";
import { Pager } from "./Pager";
import { RecordsTable } from "./RecordsTable";
import "../records.css";

const TABS: { name: RecordTableName; title: string }[] = [
  BATCHES_TABLE,
  SOURCES_TABLE,
  COURT_CASES_TABLE,
  AGENCIES_TABLE,
];

/** The address of the table in another state: what every facet, sort and page link points to. */
function tableHref<Row>(config: TableConfig<Row>) {
  const fields = config.facets.map((f) => f.field);
  return (state: TableState): string => paths.records(config.name, serializeTableState(state, fields));
}

function TableTabs({ current }: { current: RecordTableName }) {
  return (
    <nav className="records-tabs" aria-label="Record tables">
      <ul>
        {TABS.map((t) => (
          <li key={t.name}>
            <Link to={paths.records(t.name)} aria-current={t.name === current ? "page" : undefined}>
              {t.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The records browser: one table at a time, narrowed by facets, sorted by its columns, a page at a time. All of it
// lives in the address, so a reload or a shared link shows the same rows; the table's CSV and JSON give every row.
export function RecordsBrowser({ table }: { table: RecordTableName }) {
  switch (table) {
    case "batches":
      return <Browser config={BATCHES_TABLE} />;
    case "sources":
      return <Browser config={SOURCES_TABLE} />;
    case "court-cases":
      return <Browser config={COURT_CASES_TABLE} />;
    case "agencies":
      return <Browser config={AGENCIES_TABLE} />;
  }
}

function Browser<Row>({ config }: { config: TableConfig<Row> }) {
  const table = config.name;
  const { search } = useLocation();
  const state = parseTableState(
    search,
    config.facets.map((f) => f.field),
  );
  const href = tableHref(config);
  const { fetching, error, page, retry } = config.useTable(state);
  useDocumentTitle(config.title);

  const count = page ? `${page.totalCount} ${page.totalCount === 1 ? config.noun.one : config.noun.many}` : null;
  return (
    <div className="records" data-testid="records-browser" data-table={table}>
      <PageHeader eyebrow="Records" title={config.title} dek={config.intro} />
      <TableTabs current={table} />
      <div className="records__layout">
        <aside className="records__facets" aria-label="Filters">
          <h2 className="records__facets-title">Filter</h2>
          {page ? (
            config.facets.map((facet) => (
              <FacetList
                key={facet.field}
                facet={facet}
                values={page.facets.find((f) => f.field === facet.field)?.values ?? []}
                state={state}
                href={href}
              />
            ))
          ) : (
            <Skeleton height={200} label="Loading the filters" />
          )}
        </aside>
        <section className="records__results" aria-labelledby="records-results-heading">
          <div className="records__summary">
            <h2 id="records-results-heading" aria-live="polite">
              {count ?? "Loading"}
            </h2>
            <p className="records__twins">
              Every matching row: <a href={config.twin(state, "csv")}>CSV</a> ·{" "}
              <a href={config.twin(state, "json")}>JSON</a>
            </p>
          </div>
          <ActiveFilters facets={config.facets} state={state} href={href} />
          {error && !page ? (
            <ErrorState title={`The ${config.noun.many} could not be loaded.`} error={error} onRetry={retry} />
          ) : !page ? (
            <Skeleton height={360} label={`Loading the ${config.noun.many}`} />
          ) : page.rows.length === 0 ? (
            <EmptyState>
              No {config.noun.many} match these filters. <Link to={paths.records(table)}>Clear the filters</Link>.
            </EmptyState>
          ) : (
            <>
              <RecordsTable config={config} rows={page.rows} state={state} href={href} busy={fetching} />
              <Pager pageInfo={page.pageInfo} state={state} href={href} noun={config.noun.many} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
