import { Link } from "../../../app/router";
import type { FacetConfig } from "../tables/types";
import { toggleFilter, type TableState } from "../utils/tableState";

const label = (facet: FacetConfig, value: string) => facet.valueLabel?.(value) ?? value;

// Facets with counts, as in Datasette: each value a link that adds it to the filter (or takes it away), so that every
// selection has an address and works with the keyboard and without scripts.
export function FacetList({
  facet,
  values,
  state,
  href,
}: {
  facet: FacetConfig;
  values: { value: string; count: number }[];
  state: TableState;
  href: (state: TableState) => string;
}) {
  const selected = state.filters[facet.field] ?? [];
  const headingId = `facet-${facet.field}`;
  // A selected value stays listed even when no row of the current selection holds it, so it can be taken away.
  const shown = [
    ...values,
    ...selected.filter((v) => !values.some((x) => x.value === v)).map((value) => ({ value, count: 0 })),
  ];
  return (
    <div className="facet" data-facet={facet.field}>
      <h3 id={headingId} className="facet__title">
        {facet.label}
      </h3>
      {shown.length === 0 ? (
        <p className="facet__empty">None reported</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {shown.map(({ value, count }) => {
            const on = selected.includes(value);
            return (
              <li key={value}>
                <Link
                  to={href(toggleFilter(state, facet.field, value, facet.single))}
                  preserveScroll
                  className={on ? "facet__value facet__value--on" : "facet__value"}
                  aria-current={on ? "true" : undefined}
                  data-value={value}
                >
                  <span className="facet__label">
                    {on && <span aria-hidden="true">✓ </span>}
                    {label(facet, value)}
                    {on && <span className="visually-hidden"> (selected; select to remove)</span>}
                  </span>
                  <span className="facet__count num">{count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

// The filters in force, each with a button-like link that removes it.
export function ActiveFilters({
  facets,
  state,
  href,
}: {
  facets: FacetConfig[];
  state: TableState;
  href: (state: TableState) => string;
}) {
  const active = facets.flatMap((facet) => (state.filters[facet.field] ?? []).map((value) => ({ facet, value })));
  if (active.length === 0) return null;
  return (
    <ul className="records__active" aria-label="Filters in force">
      {active.map(({ facet, value }) => (
        <li key={`${facet.field}:${value}`} className="chip">
          {facet.label}: {label(facet, value)}
          <Link
            to={href(toggleFilter(state, facet.field, value))}
            preserveScroll
            aria-label={`Remove filter ${facet.label}: ${label(facet, value)}`}
          >
            ×
          </Link>
        </li>
      ))}
    </ul>
  );
}
