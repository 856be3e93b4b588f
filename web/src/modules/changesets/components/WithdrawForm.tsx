import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import type { RecordType } from "../../../gql/editor/graphql";
import { ChoiceField, FormErrors, TextField } from "../../../ui/form";
import { toEditErrors, type EditErrors } from "../../../app/graphqlErrors";
import { EDITABLE_TYPES, RECORD_TYPE_LABELS } from "../../record-forms/utils/recordSpecs";

const WithdrawMutation = graphql(`
  mutation WithdrawForm_Withdraw($changesetId: ID!, $record: RecordRefInput!, $baseVersion: Int!, $reason: String!) {
    withdrawRecord(changesetId: $changesetId, record: $record, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);

// Nothing is deleted: a withdrawal is a published change with a reason, and the record's page then says so.
export function WithdrawForm({ changesetId }: { changesetId: string }) {
  const [type, setType] = useState<RecordType>("BATCH");
  const [recordId, setRecordId] = useState("");
  const [version, setVersion] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<EditErrors | null>(null);
  const [result, withdraw] = useMutation(WithdrawMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const baseVersion = Number(version);
    if (!Number.isSafeInteger(baseVersion) || baseVersion < 1) {
      setErrors({
        byField: { baseVersion: ["Give the record's published version (a whole number)."] },
        general: [],
        conflict: null,
        code: null,
      });
      return;
    }
    const answer = await withdraw({
      changesetId,
      record: { type, id: recordId.trim() },
      baseVersion,
      reason: reason.trim(),
    });
    if (answer.error) setErrors(toEditErrors(answer.error, ["record", "input"]));
    else {
      setErrors(null);
      setRecordId("");
      setVersion("");
      setReason("");
    }
  };
  const conflict = errors?.conflict
    ? [`${errors.conflict.message} (now version ${errors.conflict.currentVersion})`]
    : [];
  return (
    <details className="editor-details">
      <summary>Withdraw a published record</summary>
      <form className="editor-form" onSubmit={submit} aria-label="Withdraw a published record">
        <FormErrors title="The withdrawal was not added" messages={[...(errors?.general ?? []), ...conflict]} />
        <div className="form-grid">
          <ChoiceField
            label="Kind of record to withdraw"
            value={type}
            options={EDITABLE_TYPES.map((t) => ({ value: t, label: RECORD_TYPE_LABELS[t] }))}
            onChange={(value) => setType(value as RecordType)}
          />
          <TextField
            label="Id of the record to withdraw"
            value={recordId}
            onChange={setRecordId}
            errors={errors?.byField.id ?? []}
            required
          />
          <TextField
            label="Published version"
            hint="The version you decided on, from the record's history."
            value={version}
            onChange={setVersion}
            inputMode="numeric"
            errors={errors?.byField.baseVersion ?? []}
            required
          />
          <TextField
            label="Reason"
            hint="Published on the record's page and the changes page."
            value={reason}
            onChange={setReason}
            errors={errors?.byField.reason ?? []}
            required
            multiline
          />
        </div>
        <div className="editor-form__actions">
          <button type="submit" className="button" disabled={result.fetching}>
            Add the withdrawal to the draft
          </button>
        </div>
      </form>
    </details>
  );
}
