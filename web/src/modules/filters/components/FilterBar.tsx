import { useState } from "react";
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
  monthOptions,
  stateOptions,
  type FilterOption,
} from "../utils/options";
import type { JurisdictionLike } from "../../jurisdictions/utils/tree";
import { JurisdictionCombobox } from "./JurisdictionCombobox";

// What every load needs: each place's slug (the charts' colour order, the address's check) and state (the state
// menu), and the months covered. The names and the tree the combobox searches (500 KB at 1M batches) come with
// FilterBar_Choices, when the box is first used; a place chosen in the address is named by FilterBar_Selected.
export const FilterBar_OptionsQuery = graphql(`
  query FilterBar_Options {
    jurisdictions {
      slug
      state
    }
    dataset {
      coverageFrom
      coverageTo
    }
  }
`);

export const FilterBar_ChoicesQuery = graphql(`
  query FilterBar_Choices {
    jurisdictions {
      slug
      name
      kind
      state
      parent {
        slug
      }
    }
  }
`);

export const FilterBar_SelectedQuery = graphql(`
  query FilterBar_Selected($slug: ID!) {
    jurisdiction(slug: $slug) {
      slug
      name
    }
  }
`);

export interface FilterBarProps {
  filters: DashboardFilters;
  onChange: (filters: DashboardFilters) => void;
}

type ListKey = "jurisdictions" | "states" | "outcomes" | "issuingComponents" | "offenseCategories";

// A filter that holds a list of values: one menu to set it, one chip per value to take it off again.
interface ListFilter {
  key: ListKey;
  label: string;
  // The menu's entry for "no filter", e.g. "All states".
  anyLabel: string;
  // What a chip says before the value, e.g. "Offense" in "Offense: DUI".
  chipLabel: string;
  options: FilterOption[];
  nameOf: (value: string) => string;
  wide?: boolean;
}

// Stable while the places load.
const NO_JURISDICTIONS: JurisdictionLike[] = [];
const NO_PLACES: { slug: string; state: string | null }[] = [];

// The URL can hold several values per filter; the menus set one. Several show as one "n selected" entry.
const SEVERAL = "__several";

function withSeveral(options: FilterOption[], values: string[]): FilterOption[] {
  return values.length > 1 ? [{ value: SEVERAL, label: `${values.length} selected` }, ...options] : options;
}

function single(values: string[]): string {
  return values.length > 1 ? SEVERAL : (values[0] ?? "");
}

function labelFrom(labels: Readonly<Record<string, string>>): (value: string) => string {
  return (value) => labels[value] ?? value;
}

function dateLabel(value: string): string {
  const parsed = tryParsePartialDate(value);
  return parsed.ok ? formatPartialDateHuman(parsed.value) : value;
}

// Every filter of the dashboard: a change writes the address (a new history entry), so the view can be shared and
// Back undoes it. Native selects, which work with every keyboard, screen reader and phone; the jurisdictions, which
// can be thousands, in a combobox that finds a place as the reader types.
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const [result] = useQuery({ query: FilterBar_OptionsQuery });
  const places = result.data?.jurisdictions ?? NO_PLACES;
  const dataset = result.data?.dataset;
  // The choices, once the combobox is used (or to name several places chosen in the address).
  const [choicesWanted, setChoicesWanted] = useState(false);
  const chosen = filters.jurisdictions;
  const [choicesResult] = useQuery({ query: FilterBar_ChoicesQuery, pause: !choicesWanted && chosen.length < 2 });
  const jurisdictions = choicesResult.data?.jurisdictions ?? NO_JURISDICTIONS;
  const [selectedResult] = useQuery({
    query: FilterBar_SelectedQuery,
    variables: { slug: chosen[0] ?? "" },
    pause: chosen.length !== 1,
  });
  const names = new Map(jurisdictions.map((j) => [j.slug, j.name]));
  const selected = selectedResult.data?.jurisdiction;
  if (selected) names.set(selected.slug, selected.name);
  const months = monthOptions(dataset?.coverageFrom ?? null, dataset?.coverageTo ?? null, [filters.from, filters.to]);

  const setList = (key: ListKey, value: string): void => {
    if (value === SEVERAL) return;
    onChange({ ...filters, [key]: value ? [value] : [] });
  };
  const removeFrom = (key: ListKey, value: string): void =>
    onChange({ ...filters, [key]: filters[key].filter((v) => v !== value) });

  const listFilters: ListFilter[] = [
    {
      key: "jurisdictions",
      label: "Jurisdiction",
      anyLabel: "All jurisdictions",
      chipLabel: "Jurisdiction",
      // Not a menu: the combobox searches the choices (3,000 places in a large dataset).
      options: [],
      nameOf: (value) => names.get(value) ?? value,
      wide: true,
    },
    {
      key: "states",
      label: "State",
      anyLabel: "All states",
      chipLabel: "State",
      options: stateOptions(places),
      nameOf: stateName,
    },
    {
      key: "outcomes",
      label: "Outcome",
      anyLabel: "All outcomes",
      chipLabel: "Outcome",
      options: OUTCOME_OPTIONS,
      nameOf: labelFrom(OUTCOME_LABELS),
    },
    {
      key: "issuingComponents",
      label: "Issued by",
      // Short enough to fit the narrowest filter column; the label above says "Issued by", the options name ICE.
      anyLabel: "Any component",
      chipLabel: "Issued by",
      options: ISSUING_COMPONENT_OPTIONS,
      nameOf: labelFrom(ISSUING_COMPONENT_LABELS),
    },
    {
      key: "offenseCategories",
      label: "Offense category",
      anyLabel: "All categories",
      chipLabel: "Offense",
      options: OFFENSE_CATEGORY_OPTIONS,
      nameOf: labelFrom(OFFENSE_CATEGORY_LABELS),
    },
  ];

  const chips: { key: string; label: string; remove: () => void }[] = [
    ...listFilters.flatMap(({ key, chipLabel, nameOf }) =>
      filters[key].map((value) => ({
        key: `${key}-${value}`,
        label: `${chipLabel}: ${nameOf(value)}`,
        remove: () => removeFrom(key, value),
      })),
    ),
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
        {listFilters.map(({ key, label, anyLabel, options, nameOf, wide }) =>
          key === "jurisdictions" ? (
            <JurisdictionCombobox
              key={key}
              wide={wide}
              label={label}
              anyLabel={anyLabel}
              jurisdictions={jurisdictions}
              loading={choicesWanted && !choicesResult.data}
              onFirstUse={() => setChoicesWanted(true)}
              value={filters[key]}
              nameOf={nameOf}
              onChange={(value) => setList(key, value)}
            />
          ) : (
            <SelectField
              key={key}
              wide={wide}
              label={label}
              anyLabel={anyLabel}
              value={single(filters[key])}
              options={withSeveral(options, filters[key])}
              onChange={(value) => setList(key, value)}
            />
          ),
        )}
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
