import { useId, type ReactNode } from "react";

export interface Option<T extends string> {
  value: T;
  label: string;
}

export interface SegmentedControlProps<T extends string> {
  legend: string;
  name: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
}

// A radio group drawn as a segmented button: arrow keys move between options, as in any radio group.
export function SegmentedControl<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: SegmentedControlProps<T>) {
  const id = useId();
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={`${name}-${id}`}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

export interface SelectFieldProps {
  label: string;
  value: string;
  // Shown for the empty value, e.g. "All jurisdictions"; left out, the select has no empty choice.
  anyLabel?: string;
  options?: readonly SelectOption[];
  groups?: SelectGroup[];
  onChange: (value: string) => void;
  wide?: boolean;
  // Extra classes on the field, e.g. a width.
  className?: string;
}

export function SelectField({
  label,
  value,
  anyLabel,
  options = [],
  groups = [],
  onChange,
  wide,
  className,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={["field", wide ? "field--wide" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        // A menu whose options arrive (3,000 places in a large dataset) is built anew rather than filled in: React
        // inserts new children into a live element one by one, at a cost that grows with the square of their number.
        key={options.length + groups.length > 0 ? "options" : "none"}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function Chip({
  children,
  onRemove,
  removeLabel,
}: {
  children: ReactNode;
  onRemove: () => void;
  removeLabel: string;
}) {
  return (
    <span className="chip">
      {children}
      <button type="button" onClick={onRemove} aria-label={removeLabel} title={removeLabel}>
        ×
      </button>
    </span>
  );
}
