import { useQuery } from "urql";
import {
  ISSUING_COMPONENT_LABELS,
  OFFENSE_CATEGORY_LABELS,
  OUTCOME_LABELS,
  formatPartialDateHuman,
  tryParsePartialDate,
  stateName,
} from "@subpoena-tracker/domain";
import { graphql } from "../../../gql";
import { Chip, SelectField } from "../../../ui/controls";
import { countActiveFilters, EMPTY_FILTERS, type DashboardFilters } from "../../dashboard-state/utils/dashboardState";
import {
  ISSUING_COMPONENT_OPTIONS,
  OFFENSE_CATEGORY_OPTIONS,
  OUTCOME_OPTIONS,
  jurisdictionOptions,
  monthOptions,
  stateOptions,
  type FilterOption,
} from "../utils/options";

export const FilterBar_OptionsQuery = graphql(`
  query FilterBar_Options {
    jurisdictions {
      slug
      name
      kind
      state
      parent {
        slug
      }
    }
    dataset {
      coverageFrom
      coverageTo
    }
  }
`);

export interface FilterBarProps {
  filters: DashboardFilters;
  onChange: (filters: DashboardFilters) => void;
}

type ListKey = "jurisdictions" | "states" | "outcomes" | "issuingComponents" | "offenseCategories";

// The URL can hold several values per filter; the menus set one. Several show as one "n selected" entry.
const SEVERAL = "__several";

function withSeveral(options: FilterOption[], values: string[]): FilterOption[] {
  return values.length > 1 ? [{ value: SEVERAL, label: `${values.length} selected` }, ...options] : options;
}

function single(values: string[]): string {
  return values.length > 1 ? SEVERAL : (values[0] ?? "");
}

function dateLabel(value: string): string {
  const parsed = tryParsePartialDate(value);
  return parsed.ok ? formatPartialDateHuman(parsed.value) : value;
}

// Every filter of the dashboard: a change writes the address (a new history entry), so the view can be shared and
// Back undoes it. Native selects: they work with every keyboard, screen reader and phone.
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const [result] = useQuery({ query: FilterBar_OptionsQuery });
  const jurisdictions = result.data?.jurisdictions ?? [];
  const dataset = result.data?.dataset;
  const names = new Map(jurisdictions.map((j) => [j.slug, j.name]));
  const months = monthOptions(dataset?.coverageFrom ?? null, dataset?.coverageTo ?? null, [filters.from, filters.to]);

  const setList = (key: ListKey, value: string): void => {
    if (value === SEVERAL) return;
    onChange({ ...filters, [key]: value ? [value] : [] });
  };
  const removeFrom = (key: ListKey, value: string): void =>
    onChange({ ...filters, [key]: (filters[key] as string[]).filter((v) => v !== value) });

  const chips: { key: string; label: string; remove: () => void }[] = [
    ...filters.jurisdictions.map((v) => ({
      key: `j-${v}`,
      label: `Jurisdiction: ${names.get(v) ?? v}`,
      remove: () => removeFrom("jurisdictions", v),
    })),
    ...filters.states.map((v) => ({
      key: `s-${v}`,
      label: `State: ${stateName(v)}`,
      remove: () => removeFrom("states", v),
    })),
    ...filters.outcomes.map((v) => ({
      key: `o-${v}`,
      label: `Outcome: ${OUTCOME_LABELS[v]}`,
      remove: () => removeFrom("outcomes", v),
    })),
    ...filters.issuingComponents.map((v) => ({
      key: `c-${v}`,
      label: `Issued by: ${ISSUING_COMPONENT_LABELS[v]}`,
      remove: () => removeFrom("issuingComponents", v),
    })),
    ...filters.offenseCategories.map((v) => ({
      key: `f-${v}`,
      label: `Offense: ${OFFENSE_CATEGORY_LABELS[v]}`,
      remove: () => removeFrom("offenseCategories", v),
    })),
    ...(filters.from
      ? [{ key: "from", label: `From ${dateLabel(filters.from)}`, remove: () => onChange({ ...filters, from: null }) }]
      : []),
    ...(filters.to
      ? [{ key: "to", label: `To ${dateLabel(filters.to)}`, remove: () => onChange({ ...filters, to: null }) }]
      : []),
  ];
  const active = countActiveFilters(filters);

  return (
    <section className="filters" aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading" className="visually-hidden">
        Filters
      </h2>
      <div className="filters__grid">
        <SelectField
          wide
          label="Jurisdiction"
          anyLabel="All jurisdictions"
          value={single(filters.jurisdictions)}
          options={withSeveral(jurisdictionOptions(jurisdictions), filters.jurisdictions)}
          onChange={(v) => setList("jurisdictions", v)}
        />
        <SelectField
          label="State"
          anyLabel="All states"
          value={single(filters.states)}
          options={withSeveral(stateOptions(jurisdictions), filters.states)}
          onChange={(v) => setList("states", v)}
        />
        <SelectField
          label="Outcome"
          anyLabel="All outcomes"
          value={single(filters.outcomes)}
          options={withSeveral(OUTCOME_OPTIONS, filters.outcomes)}
          onChange={(v) => setList("outcomes", v)}
        />
        <SelectField
          label="Issued by"
          anyLabel="Any ICE component"
          value={single(filters.issuingComponents)}
          options={withSeveral(ISSUING_COMPONENT_OPTIONS, filters.issuingComponents)}
          onChange={(v) => setList("issuingComponents", v)}
        />
        <SelectField
          label="Offense category"
          anyLabel="All categories"
          value={single(filters.offenseCategories)}
          options={withSeveral(OFFENSE_CATEGORY_OPTIONS, filters.offenseCategories)}
          onChange={(v) => setList("offenseCategories", v)}
        />
        <SelectField
          label="Issued from"
          anyLabel="Earliest"
          value={filters.from ?? ""}
          options={months}
          onChange={(v) => onChange({ ...filters, from: v || null })}
        />
        <SelectField
          label="Issued to"
          anyLabel="Latest"
          value={filters.to ?? ""}
          options={months}
          onChange={(v) => onChange({ ...filters, to: v || null })}
        />
      </div>
      {active > 0 && (
        <div className="filters__active">
          <span className="filters__summary">
            {active} filter{active === 1 ? "" : "s"}
          </span>
          {chips.map((chip) => (
            <Chip key={chip.key} onRemove={chip.remove} removeLabel={`Remove filter ${chip.label}`}>
              {chip.label}
            </Chip>
          ))}
          <button type="button" className="button button--quiet" onClick={() => onChange(EMPTY_FILTERS)}>
            Clear all
          </button>
        </div>
      )}
    </section>
  );
}
