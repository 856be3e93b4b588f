import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import type { RecordFormInitial } from "../../record-forms/components/RecordForm";
import { describeChange, editedWithItsBatch, formInitial, type ChangeView } from "../utils/changes";
import { ChangeValues, ReviewDiff } from "./ReviewDiff";

const RemoveChangeMutation = graphql(`
  mutation ChangeCard_RemoveChange($changeId: ID!) {
    removeChange(changeId: $changeId) {
      id
      updatedAt
    }
  }
`);

interface Problem {
  path: string;
  message: string;
}

export function ChangeCard({
  change,
  all,
  problems,
  editable,
  final,
  onEdit,
}: {
  change: ChangeView & { author: { email: string } | null; publishedVersion: number | null };
  all: readonly ChangeView[];
  problems: readonly Problem[];
  editable: boolean;
  /** Published or discarded: show what it set rather than a diff against what is published now. */
  final: boolean;
  onEdit: (initial: RecordFormInitial, replacesChangeId?: string) => void;
}) {
  const [removing, remove] = useMutation(RemoveChangeMutation);
  const title = describeChange(change, final);
  const withBatch = editedWithItsBatch(change, all);
  const startEdit = () => {
    document.getElementById("edit-heading")?.scrollIntoView();
    onEdit(formInitial(change, all), change.recordType === "EVENT" && !change.recordId ? change.id : undefined);
  };
  return (
    <li className="change-card">
      <div className="change-card__head">
        <h3>{title[0].toUpperCase() + title.slice(1)}</h3>
        <p className="source__meta">
          {[
            !final && change.correction && change.publishedVersion !== null
              ? `published version ${change.publishedVersion}`
              : null,
            change.author ? `by ${change.author.email}` : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      {change.reason && (
        <p className="change-card__reason">
          <strong>Reason:</strong> {change.reason}
        </p>
      )}
      {change.stale && !final && (
        <p className="status status--error" role="status">
          This record was changed by another publication since this edit began: open it and redo the change on its
          current values before publishing.
        </p>
      )}
      {problems.length > 0 && (
        <ul className="form-field__errors" aria-label={`Problems with: ${title}`}>
          {problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              {p.path.replace(/^changes\.\d+\./, "")}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {final ? <ChangeValues change={change} /> : <ReviewDiff change={change} />}
      {editable && (
        <div className="change-card__actions">
          {change.action === "UPSERT" && !withBatch && (
            <button type="button" className="button" onClick={startEdit}>
              Edit<span className="visually-hidden">: {title}</span>
            </button>
          )}
          {withBatch && <span className="source__meta">Edit it with its batch.</span>}
          <button
            type="button"
            className="button button--quiet"
            disabled={removing.fetching}
            onClick={() => remove({ changeId: change.id })}
          >
            Take out of the changeset<span className="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}
