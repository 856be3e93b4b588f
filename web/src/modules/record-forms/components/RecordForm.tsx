import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import type { RecordType } from "../../../gql/editor/graphql";
import { FormErrors, TextField } from "../../../ui/form";
import { NO_ERRORS, toEditErrors, type EditErrors } from "../../../app/graphqlErrors";
import { useSaveRecord } from "../hooks/useSaveRecord";
import { emptyValues, toInput, valuesFromChange, type FormValues } from "../utils/formValues";
import { EVENT_FIELDS, RECORD_SPECS } from "../utils/recordSpecs";
import { ConflictNotice } from "./ConflictNotice";
import { EventsEditor, newEventRow, type EventRow } from "./EventsEditor";
import { RecordFields } from "./RecordFields";

export interface RecordFormInitial {
  values: FormValues;
  /** The published version the edit starts from; null for a new record. */
  baseVersion: number | null;
  reason: string | null;
  /** The record's stable id once it exists (published or saved in the draft). */
  recordId: string | null;
  /** Batches: the events saved with it. */
  events?: EventRow[];
}

const RemoveReplacedMutation = graphql(`
  mutation RecordForm_RemoveReplaced($changeId: ID!) {
    removeChange(changeId: $changeId) {
      id
      updatedAt
    }
  }
`);

export interface RecordFormProps {
  changesetId: string;
  type: RecordType;
  initial?: RecordFormInitial;
  /** A new event has no id to be matched on: saving it again adds it anew and takes this older change out. */
  replacesChangeId?: string;
  onDone: () => void;
  onCancel: () => void;
}

// Adds a record to a draft or edits one in it. The server checks it with the importer's validators and answers with
// problems by input path, shown beside their fields; a record someone else changed meanwhile comes back as a CONFLICT
// with its current values.
export function RecordForm({ changesetId, type, initial, replacesChangeId, onDone, onCancel }: RecordFormProps) {
  const spec = RECORD_SPECS[type];
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(initial?.values ?? emptyValues(spec.fields));
  const [events, setEvents] = useState<EventRow[]>(
    initial?.events ?? (type === "BATCH" && !initial ? [newEventRow()] : []),
  );
  const [baseVersion, setBaseVersion] = useState(initial?.baseVersion ?? null);
  const [reason, setReason] = useState(initial?.reason ?? "");
  const [errors, setErrors] = useState<EditErrors>(NO_ERRORS);
  const [saving, save] = useSaveRecord(type);
  const [, removeReplaced] = useMutation(RemoveReplacedMutation);
  const correcting = baseVersion !== null;

  const focusFirstProblem = () =>
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus(),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const record = toInput(spec.fields, values);
    // A published event left as it was stays out of the draft; new events are always sent (they replace the
    // batch's earlier new events as a set).
    const eventInputs = events.map((row, index) => {
      const converted = toInput(EVENT_FIELDS, row.values, `events.${index}.`);
      return {
        converted,
        input: {
          ...converted.input,
          id: row.id,
          baseVersion: row.baseVersion,
          reason: row.reason.trim() || null,
        },
      };
    });
    const local = Object.assign({}, record.problems, ...eventInputs.map((e) => e.converted.problems)) as Record<
      string,
      string[]
    >;
    if (Object.keys(local).length > 0) {
      setErrors({ ...NO_ERRORS, byField: local });
      focusFirstProblem();
      return;
    }
    const changedEvents = eventInputs
      .filter((_, index) => {
        const row = events[index];
        return !row.id || row.original !== JSON.stringify(row.values) || row.reason.trim() !== "";
      })
      .map((e) => e.input);
    const input = type === "BATCH" ? { ...record.input, events: changedEvents } : record.input;
    const outcome = await save({
      changesetId,
      input,
      baseVersion,
      reason: reason.trim() || null,
      eventId: type === "EVENT" ? initial?.recordId : null,
    });
    if (outcome.ok) {
      if (replacesChangeId) await removeReplaced({ changeId: replacesChangeId });
      setErrors(NO_ERRORS);
      onDone();
      return;
    }
    setErrors(toEditErrors(outcome.error));
    focusFirstProblem();
  };

  const reload = () => {
    if (!errors.conflict) return;
    setValues(valuesFromChange(spec.fields, errors.conflict.current));
    setBaseVersion(errors.conflict.currentVersion);
    setErrors(NO_ERRORS);
  };

  const title = `${initial?.recordId ? (correcting ? "Correct" : "Edit") : "Add"} a ${spec.noun}`;
  const locked = correcting ? [spec.keyField] : [];
  return (
    <form ref={formRef} className="editor-form record-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {initial?.recordId ? <code className="record-form__id"> {initial.recordId}</code> : null}
      </h2>
      {errors.conflict && <ConflictNotice conflict={errors.conflict} fields={spec.fields} onReload={reload} />}
      <FormErrors title={`The ${spec.noun} was not saved`} messages={errors.general} />
      <RecordFields
        fields={spec.fields}
        values={values}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        errors={errors.byField}
        locked={locked}
      />
      {type === "BATCH" && <EventsEditor rows={events} onChange={setEvents} errors={errors.byField} />}
      {correcting && (
        <TextField
          label="Reason for the correction"
          hint="Published with the change, e.g. “The sheriff's letter gives 14 subpoenas, not 12.”"
          value={reason}
          onChange={setReason}
          errors={errors.byField.reason ?? []}
          required
          multiline
        />
      )}
      <div className="editor-form__actions">
        <button type="submit" className="button button--primary" disabled={saving.fetching}>
          {saving.fetching ? "Saving…" : `Save the ${spec.noun} in the draft`}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
