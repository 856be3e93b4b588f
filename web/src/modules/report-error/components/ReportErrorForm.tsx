import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql";
import type { RecordType } from "../../../gql/graphql";
import { FormErrors, TextField } from "../../../ui/form";
import { errorCode, toEditErrors } from "../../../app/graphqlErrors";

const ReportErrorMutation = graphql(`
  mutation ReportErrorForm_Report($input: ErrorReportInput!) {
    reportError(input: $input) {
      id
      createdAt
    }
  }
`);

// The server's bounds, checked here too so that a reader learns before sending (same words as the server).
const MIN_LENGTH = 10;
const MAX_LENGTH = 5000;

// "Report an error": a short public form, no account and no third-party service. The report goes to the editors'
// inbox; a contact, if given, is seen by editors only.
export function ReportErrorForm({ type, id, name }: { type: RecordType; id: string; name: string }) {
  const [whatIsWrong, setWhatIsWrong] = useState("");
  const [sourceUrl, setSourceUrl] = useState("");
  const [contact, setContact] = useState("");
  const [tooShort, setTooShort] = useState<string | null>(null);
  const [result, report] = useMutation(ReportErrorMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = whatIsWrong.trim();
    if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) {
      setTooShort(
        text.length < MIN_LENGTH
          ? `say what is wrong in at least ${MIN_LENGTH} characters`
          : "keep it under 5,000 characters",
      );
      return;
    }
    setTooShort(null);
    await report({
      input: {
        record: { type, id },
        whatIsWrong: text,
        sourceUrl: sourceUrl.trim() || null,
        contact: contact.trim() || null,
      },
    });
  };

  const receipt = result.data?.reportError;
  if (receipt) {
    return (
      <p className="status" role="status">
        Thank you: report number {receipt.id} has reached the editors. Corrections are published with their reasons on
        the corrections and changes page.
      </p>
    );
  }
  const errors = toEditErrors(result.error);
  const general =
    errorCode(result.error) === "RATE_LIMITED"
      ? ["Too many reports from this address for now. Please try again in an hour."]
      : errors.general;
  return (
    <form className="editor-form report-error" onSubmit={submit} noValidate aria-label={`Report an error in ${name}`}>
      <FormErrors title="The report was not sent" messages={general} />
      <p className="form-field__hint">
        About: <strong>{name}</strong>
      </p>
      <TextField
        label="What is wrong?"
        hint="Which fact, and what it should say."
        value={whatIsWrong}
        onChange={setWhatIsWrong}
        errors={[...(tooShort ? [tooShort] : []), ...(errors.byField.whatIsWrong ?? [])]}
        required
        multiline
      />
      <div className="form-grid">
        <TextField
          label="A source that shows it"
          hint="The address of a document, if you have one."
          type="url"
          value={sourceUrl}
          onChange={setSourceUrl}
          errors={errors.byField.sourceUrl ?? []}
        />
        <TextField
          label="Your contact (optional)"
          hint="An email address or a phone number, only if you want an answer. Editors see it; it is never published."
          value={contact}
          onChange={setContact}
          errors={errors.byField.contact ?? []}
        />
      </div>
      <div className="editor-form__actions">
        <button type="submit" className="button button--primary" disabled={result.fetching}>
          Send the report
        </button>
      </div>
    </form>
  );
}
