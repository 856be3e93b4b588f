// The jurisdiction filter: a text box that finds a place as the reader types, with a list of the matches below it
// (the WAI-ARIA 1.2 combobox pattern, list autocomplete). A native menu of 3,000 places cost a phone most of a second
// to build and lay out on every load of the dashboard (issue 12); this list draws at most MAX_SHOWN_CHOICES entries,
// and only while it is open.
//
// Keyboard: typing narrows the list; Down and Up open it and move through it (Home and End jump to its ends once an
// entry is active); Enter picks the active entry; Escape closes the list and puts back the current choice; Tab leaves.
// A screen reader hears how many places match (a polite live region).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatNumber, pluralize } from "@subpoena-tracker/domain";
import { jurisdictionChoices, matchJurisdictions, type JurisdictionMatches } from "../utils/jurisdictionChoices";
import type { JurisdictionLike } from "../../jurisdictions/utils/tree";

export interface JurisdictionComboboxProps {
  label: string;
  // The entry for "no filter", e.g. "All jurisdictions"; also what the box shows when no place is chosen.
  anyLabel: string;
  // Every place, once asked for (onFirstUse): the dashboard loads them when the box is first focused, not on every
  // load (500 KB of JSON at 1M batches); the search's choices are built from them then.
  jurisdictions: JurisdictionLike[];
  // The places are asked for and not here yet.
  loading?: boolean;
  onFirstUse?: () => void;
  // The chosen slugs (the address can hold several; the box sets one).
  value: readonly string[];
  nameOf: (slug: string) => string;
  // A slug, or "" for every jurisdiction.
  onChange: (slug: string) => void;
  wide?: boolean;
}

interface Entry {
  value: string;
  label: string;
  context: string;
  depth: number;
}

// Indentation per level of the tree (state, county, city) while the whole list is browsed, in rem.
const INDENT_REM = 0.9;
const BASE_PADDING_REM = 0.5;

function statusText(total: number, shown: number): string {
  if (total === 0) return "No jurisdiction matches.";
  const matches = `${pluralize(total, "jurisdiction")} ${total === 1 ? "matches" : "match"}`;
  return total > shown ? `${matches}; the first ${shown} are listed. Type to narrow.` : `${matches}.`;
}

export function JurisdictionCombobox({
  label,
  anyLabel,
  jurisdictions,
  loading = false,
  onFirstUse,
  value,
  nameOf,
  onChange,
  wide,
}: JurisdictionComboboxProps) {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const optionId = (index: number): string => `${id}-option-${index}`;
  // null while the reader has not typed: the box then shows the current choice.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [activeState, setActive] = useState(-1);
  const [used, setUsed] = useState(false);
  const choices = useMemo(() => (used ? jurisdictionChoices(jurisdictions) : []), [used, jurisdictions]);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const current = value.length === 0 ? "" : value.length === 1 ? nameOf(value[0]) : `${value.length} selected`;
  // Until something is typed the list offers "all" first, then the whole tree.
  const entriesOf = (found: JurisdictionMatches): Entry[] => [
    ...(query ? [] : [{ value: "", label: anyLabel, context: "", depth: 0 }]),
    ...found.shown,
  ];
  const matches = useMemo(() => (open ? matchJurisdictions(choices, query ?? "") : null), [open, choices, query]);
  const entries = matches ? entriesOf(matches) : [];
  const expanded = open && entries.length > 0;
  // The list can change under the active entry (the places arrive while the reader types): none is then active.
  const active = activeState < entries.length ? activeState : -1;

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.children[active]?.scrollIntoView?.({ block: "nearest" });
  }, [active]);

  const close = (): void => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  };
  const choose = (entry: Entry): void => {
    close();
    onChange(entry.value);
  };
  const openAt = (index: number): void => {
    setOpen(true);
    setActive(index);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const last = entries.length - 1;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) openAt(0);
        else setActive(active >= last ? Math.min(0, last) : active + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) openAt(entriesOf(matchJurisdictions(choices, query ?? "")).length - 1);
        else setActive(active <= 0 ? last : active - 1);
        break;
      case "Home":
      case "End":
        // Until an entry is active, Home and End move the caret in the text, as in any text box.
        if (!open || active < 0) return;
        event.preventDefault();
        setActive(event.key === "Home" ? 0 : last);
        break;
      case "Enter":
        if (!open) return;
        event.preventDefault();
        if (active >= 0 && entries[active]) choose(entries[active]);
        else if (entries.length === 1) choose(entries[0]);
        break;
      case "Escape":
        if (!open && query === null) return;
        event.preventDefault();
        close();
        break;
      case "Tab":
        close();
        break;
    }
  };

  return (
    <div className={["field", "combobox", wide ? "field--wide" : ""].filter(Boolean).join(" ")}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="combobox__box">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder={anyLabel}
          value={query ?? current}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={(event) => {
            setUsed(true);
            onFirstUse?.();
            event.target.select();
          }}
          onClick={() => {
            if (!open) openAt(-1);
          }}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        {value.length > 0 && (
          <button
            type="button"
            className="combobox__clear"
            aria-label={`Clear the ${label.toLowerCase()} filter`}
            title={`Clear the ${label.toLowerCase()} filter`}
            onClick={() => {
              close();
              onChange("");
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        )}
      </div>
      <div className="combobox__popup" hidden={!open}>
        <ul ref={listRef} id={listboxId} role="listbox" aria-label={label} hidden={!expanded}>
          {entries.map((entry, index) => (
            <li
              key={entry.value || "__any"}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={[
                "combobox__option",
                index === active ? "combobox__option--active" : "",
                value.length === 1 && value[0] === entry.value ? "combobox__option--current" : "",
              ]
                .filter(Boolean)
                .join(" ")}
              style={query ? undefined : { paddingLeft: `${BASE_PADDING_REM + entry.depth * INDENT_REM}rem` }}
              // The text box keeps the focus (and the list stays open) while an entry is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(entry)}
            >
              {entry.label}
              {entry.context && <span className="combobox__context">, {entry.context}</span>}
            </li>
          ))}
        </ul>
        {loading && <p className="combobox__note">Loading the jurisdictions…</p>}
        {!loading && matches && matches.total === 0 && (
          <p className="combobox__note">No jurisdiction matches “{query}”.</p>
        )}
        {!loading && matches && matches.total > matches.shown.length && (
          <p className="combobox__note">Type to narrow: {formatNumber(matches.total - matches.shown.length)} more</p>
        )}
      </div>
      <div role="status" className="visually-hidden">
        {loading && open
          ? "Loading the jurisdictions…"
          : matches
            ? statusText(matches.total, matches.shown.length)
            : ""}
      </div>
    </div>
  );
}
