import { useState, type FormEvent } from "react";
import { useClient } from "urql";
import { graphql } from "../../../gql/editor";
import type { RecordType } from "../../../gql/editor/graphql";
import { ChoiceField, FormErrors, TextField } from "../../../ui/form";
import type { RecordFormInitial } from "../../record-forms/components/RecordForm";
import { newEventRow } from "../../record-forms/components/EventsEditor";
import { foldRevisions } from "../../record-forms/utils/fromRevisions";
import { valuesFromChange } from "../../record-forms/utils/formValues";
import { EDITABLE_TYPES, EVENT_FIELDS, RECORD_SPECS, RECORD_TYPE_LABELS } from "../../record-forms/utils/recordSpecs";

const PublishedRecordQuery = graphql(`
  query CorrectRecordForm_Revisions($record: RecordRefInput!) {
    revisions(record: $record) {
      recordType
      recordId
      recordVersion
      datasetVersion
      action
      changes {
        field
        after
      }
    }
  }
`);

// Opens a published record in the record form, as it stands now (its values folded from its public history) and
// with the version a correction starts from. A batch comes with its published events.
export function CorrectRecordForm({ onOpen }: { onOpen: (type: RecordType, initial: RecordFormInitial) => void }) {
  const client = useClient();
  const [type, setType] = useState<RecordType>("BATCH");
  const [recordId, setRecordId] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const id = recordId.trim();
    if (!id) return;
    setLoading(true);
    const result = await client
      .query(PublishedRecordQuery, { record: { type, id } }, { requestPolicy: "network-only" })
      .toPromise();
    setLoading(false);
    if (result.error) return setProblem(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const records = foldRevisions(result.data?.revisions ?? []);
    const record = records.get(`${type}:${id}`);
    if (!record) return setProblem(`No published ${RECORD_SPECS[type].noun} has the id "${id}".`);
    if (record.withdrawn) return setProblem(`${RECORD_TYPE_LABELS[type]} ${id} is withdrawn: it cannot be corrected.`);
    setProblem(null);
    const events =
      type === "BATCH"
        ? [...records.values()]
            .filter((other) => other !== record && !other.withdrawn && /^\d+$/.test(other.recordId))
            .map((published) => {
              const values = valuesFromChange(EVENT_FIELDS, published.values);
              return {
                ...newEventRow(values),
                id: published.recordId,
                baseVersion: published.version,
                original: JSON.stringify(values),
              };
            })
        : undefined;
    onOpen(type, {
      values: valuesFromChange(RECORD_SPECS[type].fields, record.values),
      baseVersion: record.version,
      reason: null,
      recordId: id,
      events,
    });
  };

  return (
    <details className="editor-details">
      <summary>Correct a published record</summary>
      <form className="editor-form" onSubmit={open} aria-label="Correct a published record">
        <FormErrors title="The record could not be opened" messages={problem ? [problem] : []} />
        <div className="form-grid">
          <ChoiceField
            label="Kind of record to correct"
            value={type}
            options={EDITABLE_TYPES.map((t) => ({ value: t, label: RECORD_TYPE_LABELS[t] }))}
            onChange={(value) => setType(value as RecordType)}
          />
          <TextField
            label="Id of the record to correct"
            value={recordId}
            onChange={setRecordId}
            hint="As in its address, e.g. 2020-01-13-denver; an event's id is its number."
            required
          />
        </div>
        <div className="editor-form__actions">
          <button type="submit" className="button" disabled={loading || !recordId.trim()}>
            Open it for correction
          </button>
        </div>
      </form>
    </details>
  );
}
