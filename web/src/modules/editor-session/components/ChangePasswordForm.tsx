import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import { FormErrors, TextField } from "../../../ui/form";

const ChangePasswordMutation = graphql(`
  mutation ChangePasswordForm_ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

// The server's rule, checked here too so the mistake shows before the request.
const MIN_PASSWORD_LENGTH = 12;

export function ChangePasswordForm({ onChanged, oneTime }: { onChanged: () => void; oneTime: boolean }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<{ next?: string; repeat?: string }>({});
  const [result, changePassword] = useMutation(ChangePasswordMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      next: next.length < MIN_PASSWORD_LENGTH ? `Use at least ${MIN_PASSWORD_LENGTH} characters.` : undefined,
      repeat: next !== repeat ? "The two new passwords differ." : undefined,
    };
    setProblems(found);
    if (found.next || found.repeat) return;
    const answer = await changePassword({ currentPassword: current, newPassword: next });
    if (answer.data?.changePassword) onChanged();
  };

  return (
    <form className="editor-form editor-form--narrow" onSubmit={submit} noValidate aria-label="Choose a new password">
      <FormErrors
        title="The password was not changed"
        messages={result.error ? result.error.graphQLErrors.map((e) => e.message) : []}
      />
      <TextField
        label={oneTime ? "One-time password" : "Current password"}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        required
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        value={next}
        onChange={setNext}
        errors={problems.next ? [problems.next] : []}
        required
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={setRepeat}
        errors={problems.repeat ? [problems.repeat] : []}
        required
      />
      <div className="editor-form__actions">
        <button type="submit" className="button button--primary" disabled={result.fetching}>
          Save the new password
        </button>
      </div>
    </form>
  );
}
