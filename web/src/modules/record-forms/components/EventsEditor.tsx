import { useId } from "react";
import { TextField } from "../../../ui/form";
import { emptyValues, type FormValues } from "../utils/formValues";
import { EVENT_FIELDS } from "../utils/recordSpecs";
import { RecordFields } from "./RecordFields";

export interface EventRow {
  /** React's key: stable while rows are added and removed. */
  key: string;
  /** The stored event's id when it is one; null for a new event. */
  id: string | null;
  baseVersion: number | null;
  reason: string;
  values: FormValues;
  /** A published event's values as loaded: it is sent with the batch only if the author changed it. */
  original?: string;
}

let counter = 0;

export function newEventRow(values: FormValues = emptyValues(EVENT_FIELDS)): EventRow {
  counter += 1;
  return { key: `event-${counter}`, id: null, baseVersion: null, reason: "", values };
}

// The batch's dated events, saved with it. Each is its own fieldset, numbered for screen readers, with the problems
// the server finds at `input.events.<i>.<field>` beside its fields.
export function EventsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: EventRow[];
  onChange: (rows: EventRow[]) => void;
  errors: Record<string, string[]>;
}) {
  const headingId = useId();
  const update = (index: number, row: Partial<EventRow>) =>
    onChange(rows.map((current, i) => (i === index ? { ...current, ...row } : current)));
  return (
    <section className="events-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>Events</h3>
      <p className="form-field__hint">
        What happened to the subpoenas, with dates: issued, served, complied with, refused, taken to court… The outcome
        is derived from them.
      </p>
      {rows.map((row, index) => (
        <fieldset key={row.key} className="events-editor__event">
          <legend>
            Event {index + 1}
            {row.id ? ` (published event ${row.id})` : ""}
          </legend>
          <RecordFields
            fields={EVENT_FIELDS}
            values={row.values}
            onChange={(name, value) => update(index, { values: { ...row.values, [name]: value } })}
            errors={errors}
            prefix={`events.${index}.`}
          />
          {row.id && (
            <TextField
              label="Reason for the correction"
              value={row.reason}
              onChange={(reason) => update(index, { reason })}
              errors={errors[`events.${index}.reason`] ?? []}
            />
          )}
          {!row.id && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              Remove event {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => onChange([...rows, newEventRow()])}>
        Add an event
      </button>
    </section>
  );
}
