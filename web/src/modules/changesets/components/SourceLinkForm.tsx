import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import type { RecordType } from "../../../gql/editor/graphql";
import { ChoiceField, FormErrors, TextField } from "../../../ui/form";
import { toEditErrors } from "../../../app/graphqlErrors";
import { RECORD_TYPE_LABELS } from "../../record-forms/utils/recordSpecs";

const AttachMutation = graphql(`
  mutation SourceLinkForm_Attach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {
    attachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {
      id
      updatedAt
    }
  }
`);

const DetachMutation = graphql(`
  mutation SourceLinkForm_Detach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {
    detachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {
      id
      updatedAt
    }
  }
`);

const FACT_TYPES: readonly RecordType[] = ["BATCH", "EVENT", "POLICY", "COURT_CASE"];

// Cite a source on any fact, or stop citing one, without retyping the fact: the draft starts from its own version
// of the record or the published one.
export function SourceLinkForm({ changesetId }: { changesetId: string }) {
  const [type, setType] = useState<RecordType>("BATCH");
  const [recordId, setRecordId] = useState("");
  const [sourceId, setSourceId] = useState("");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const [attaching, attach] = useMutation(AttachMutation);
  const [detaching, detach] = useMutation(DetachMutation);
  const [lastError, setLastError] = useState<ReturnType<typeof toEditErrors> | null>(null);

  const run = async (action: "attach" | "detach") => {
    const variables = {
      changesetId,
      record: { type, id: recordId.trim() },
      sourceId: sourceId.trim(),
      reason: reason.trim() || null,
    };
    const answer = action === "attach" ? await attach(variables) : await detach(variables);
    if (answer.error) {
      setLastError(toEditErrors(answer.error, ["record"]));
      setDone(null);
      return;
    }
    setLastError(null);
    setDone(
      `${action === "attach" ? "Now cites" : "No longer cites"} ${variables.sourceId} on ${variables.record.id}.`,
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run("attach");
  };
  const general = lastError
    ? [...lastError.general, ...Object.entries(lastError.byField).map(([f, m]) => `${f}: ${m.join("; ")}`)]
    : [];
  return (
    <details className="editor-details">
      <summary>Cite or stop citing a source on a published fact</summary>
      <form className="editor-form" onSubmit={submit} aria-label="Cite or stop citing a source">
        <FormErrors title="The citation was not changed" messages={general} />
        <div className="form-grid">
          <ChoiceField
            label="Kind of fact"
            value={type}
            options={FACT_TYPES.map((t) => ({ value: t, label: RECORD_TYPE_LABELS[t] }))}
            onChange={(value) => setType(value as RecordType)}
          />
          <TextField
            label="Id of the fact"
            value={recordId}
            onChange={setRecordId}
            hint="An event's id is its number."
            required
          />
          <TextField label="Source id" value={sourceId} onChange={setSourceId} required />
          <TextField
            label="Reason"
            value={reason}
            onChange={setReason}
            hint="Needed when the fact is published: it is published with the change."
          />
        </div>
        <div className="editor-form__actions">
          <button
            type="submit"
            className="button"
            disabled={attaching.fetching || !recordId.trim() || !sourceId.trim()}
          >
            Cite the source
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={detaching.fetching || !recordId.trim() || !sourceId.trim()}
            onClick={() => void run("detach")}
          >
            Stop citing it
          </button>
        </div>
        {done && (
          <p className="source__meta" role="status">
            {done}
          </p>
        )}
      </form>
    </details>
  );
}
