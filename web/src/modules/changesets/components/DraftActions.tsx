import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { Link, navigate } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql/editor";
import { FormErrors, TextField } from "../../../ui/form";

const UpdateChangesetMutation = graphql(`
  mutation DraftActions_UpdateChangeset($id: ID!, $note: String, $submitted: Boolean) {
    updateChangeset(id: $id, note: $note, submitted: $submitted) {
      id
      note
      submittedAt
      updatedAt
    }
  }
`);

const DiscardChangesetMutation = graphql(`
  mutation DraftActions_DiscardChangeset($id: ID!) {
    discardChangeset(id: $id) {
      id
      status
    }
  }
`);

// The draft's public note, asking for review (or taking the ask back), the preview, and discarding it.
export function DraftActions({
  id,
  note,
  submitted,
  previewHref,
}: {
  id: string;
  note: string;
  submitted: boolean;
  previewHref: string;
}) {
  const [text, setText] = useState(note);
  const [update, run] = useMutation(UpdateChangesetMutation);
  const [discarding, discard] = useMutation(DiscardChangesetMutation);
  const [confirming, setConfirming] = useState(false);

  const saveNote = (event: FormEvent) => {
    event.preventDefault();
    void run({ id, note: text });
  };
  const errors = [update.error, discarding.error].flatMap((e) => (e ? e.graphQLErrors.map((g) => g.message) : []));
  return (
    <section className="section draft-actions" aria-label="This draft">
      <FormErrors title="That did not work" messages={errors} />
      <form className="editor-form editor-form--inline" onSubmit={saveNote}>
        <TextField
          label="Public note"
          hint="Published with the changes on the changes page and in the feed."
          value={text}
          onChange={setText}
          wide
        />
        <div className="editor-form__actions">
          <button type="submit" className="button" disabled={update.fetching || text === note}>
            Save the note
          </button>
        </div>
      </form>
      <div className="editor-form__actions">
        <Link className="button" to={previewHref}>
          Preview the site with this draft
        </Link>
        <button
          type="button"
          className="button button--primary"
          disabled={update.fetching}
          onClick={() => run({ id, submitted: !submitted })}
        >
          {submitted ? "Back to drafting" : "Ask for review"}
        </button>
        {confirming ? (
          <span className="confirm" role="group" aria-label="Discard this draft?">
            <span>Discard this draft? It is kept, but can no longer change.</span>
            <button
              type="button"
              className="button"
              onClick={async () => {
                const answer = await discard({ id });
                if (answer.data) navigate(paths.editor());
              }}
            >
              Yes, discard it
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
            Discard…
          </button>
        )}
      </div>
      <p className="source__meta" role="status">
        {submitted ? "Waiting for an editor's review." : "In progress: ask for review when it is ready."}
      </p>
    </section>
  );
}
