import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import { FormErrors, TextField } from "../../../ui/form";

const PublishMutation = graphql(`
  mutation PublishPanel_Publish($id: ID!, $note: String!) {
    publishChangeset(id: $id, note: $note) {
      id
      status
      datasetVersion
      publishedAt
    }
  }
`);

// Editors publish: all the changes or none, with the public note. Not a changeset they wrote alone: a second pair
// of eyes is the point of review (the server refuses it too).
export function PublishPanel({
  id,
  publishedVersion,
  note,
  authors,
  viewerId,
  problems,
  stale,
  empty,
}: {
  id: string;
  /** Once published (here or elsewhere), the version it produced. */
  publishedVersion: number | null;
  note: string;
  authors: readonly { id: string }[];
  viewerId: string;
  problems: number;
  stale: boolean;
  empty: boolean;
}) {
  const [text, setText] = useState(note);
  const [result, publish] = useMutation(PublishMutation);
  const ownWork = authors.length > 0 && authors.every((author) => author.id === viewerId);
  const blocker = ownWork
    ? "You wrote this changeset alone: another editor must review and publish it."
    : empty
      ? "There is nothing to publish yet."
      : problems > 0
        ? `It has ${problems} problem${problems === 1 ? "" : "s"} to fix first (listed above).`
        : stale
          ? "A record it changes was changed since: redo that change first."
          : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void publish({ id, note: text.trim() });
  };
  const version = result.data?.publishChangeset.datasetVersion ?? publishedVersion;
  return (
    <section className="section publish-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish</h2>
      {version !== null ? (
        <p className="status" role="status">
          Published as version {version}. It is on the public pages, the changes page and the feed.
        </p>
      ) : (
        <form className="editor-form" onSubmit={submit}>
          <FormErrors
            title="It was not published"
            messages={result.error ? result.error.graphQLErrors.map((e) => e.message) : []}
          />
          <TextField
            label="Public note"
            hint="What readers see on the changes page and in the feed, e.g. “Added Marion County's August 2025 subpoenas”."
            value={text}
            onChange={setText}
            required
            wide
          />
          {blocker && (
            <p className="source__meta" id="publish-blocker">
              {blocker}
            </p>
          )}
          <div className="editor-form__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={Boolean(blocker) || result.fetching || !text.trim()}
              aria-describedby={blocker ? "publish-blocker" : undefined}
            >
              {result.fetching ? "Publishing…" : "Publish this changeset"}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
