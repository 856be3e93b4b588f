import { useState } from "react";
import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql/editor";
import type { RecordType } from "../../../gql/editor/graphql";
import { PageHeader } from "../../../ui/Layout";
import { ChoiceField } from "../../../ui/form";
import { ErrorState, Skeleton } from "../../../ui/status";
import { NotFound } from "../../../ui/NotFound";
import type { ViewerAccount } from "../../editor-session/hooks/useViewer";
import { canPublish } from "../../editor-session/utils/roles";
import { RecordForm, type RecordFormInitial } from "../../record-forms/components/RecordForm";
import { EDITABLE_TYPES, RECORD_TYPE_LABELS } from "../../record-forms/utils/recordSpecs";
import { formatMoment, stageOf } from "../utils/status";
import { ChangeCard } from "./ChangeCard";
import { CorrectRecordForm } from "./CorrectRecordForm";
import { DraftActions } from "./DraftActions";
import { PublishPanel } from "./PublishPanel";
import { SourceLinkForm } from "./SourceLinkForm";
import { StageTag } from "./StageTag";
import { WithdrawForm } from "./WithdrawForm";

const ChangesetQuery = graphql(`
  query ChangesetView_Changeset($id: ID!) {
    changeset(id: $id) {
      id
      kind
      status
      note
      createdAt
      updatedAt
      submittedAt
      publishedAt
      datasetVersion
      createdBy {
        id
        email
      }
      publishedBy {
        id
        email
      }
      authors {
        id
        email
      }
      problems {
        changeId
        path
        message
      }
      changes {
        id
        recordType
        recordId
        action
        baseVersion
        publishedVersion
        correction
        stale
        reason
        author {
          id
          email
        }
        values {
          field
          value
        }
        diff {
          field
          before
          after
        }
      }
    }
  }
`);

interface Editing {
  type: RecordType;
  initial?: RecordFormInitial;
  /** A new event saved on its own replaces this change when saved again (new events have no id to match on). */
  replacesChangeId?: string;
}

export function ChangesetView({ id, account }: { id: string; account: ViewerAccount }) {
  const [result, refetch] = useQuery({ query: ChangesetQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [newType, setNewType] = useState<RecordType>("BATCH");

  if (result.error && !result.data) {
    if (result.error.graphQLErrors.some((e) => e.extensions.code === "NOT_FOUND")) {
      return <NotFound title="No such changeset" />;
    }
    return <ErrorState title="The changeset could not be loaded" error={result.error} onRetry={() => refetch()} />;
  }
  const changeset = result.data?.changeset;
  if (!changeset) return <Skeleton height={400} label="Loading the changeset" />;

  const stage = stageOf(changeset);
  const draft = changeset.status === "DRAFT";
  const canDraft = draft;
  const problemsOf = (changeId: string | null) => changeset.problems.filter((p) => p.changeId === changeId);

  return (
    <article className="changeset">
      <PageHeader
        eyebrow={
          <>
            <Link to={paths.editor()}>Changesets</Link> · #{changeset.id}
          </>
        }
        title={changeset.note || `Changeset ${changeset.id}`}
        dek={
          <>
            <StageTag stage={stage} /> {changeset.kind === "IMPORT" ? "Imported from a data package." : null}{" "}
            {changeset.authors.length > 0 && <>Written by {changeset.authors.map((a) => a.email).join(", ")}. </>}
            {stage === "published" && changeset.publishedAt && (
              <>
                Published as version {changeset.datasetVersion} on {formatMoment(changeset.publishedAt)}
                {changeset.publishedBy ? ` by ${changeset.publishedBy.email}` : ""}.
              </>
            )}
          </>
        }
      />

      {draft && (
        <DraftActions
          id={changeset.id}
          note={changeset.note}
          submitted={Boolean(changeset.submittedAt)}
          previewHref={paths.preview(changeset.id)}
        />
      )}

      <section className="section" aria-labelledby="changes-heading">
        <h2 id="changes-heading">
          {draft ? "Review: what this changeset changes" : "What it changed"}{" "}
          <span className="muted">({changeset.changes.length})</span>
        </h2>
        {problemsOf(null).length > 0 && (
          <div className="status status--error" role="status">
            <strong>Before it can be published</strong>
            <ul>
              {problemsOf(null).map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  {p.path}: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {changeset.changes.length === 0 ? (
          <p className="status">No change yet. Add a record below.</p>
        ) : (
          <ol className="change-list">
            {changeset.changes.map((change) => (
              <ChangeCard
                key={change.id}
                change={change}
                all={changeset.changes}
                problems={problemsOf(change.id)}
                editable={canDraft}
                final={!draft}
                onEdit={(initial, replacesChangeId) =>
                  setEditing({ type: change.recordType, initial, replacesChangeId })
                }
              />
            ))}
          </ol>
        )}
      </section>

      {canDraft && (
        <section className="section" aria-labelledby="edit-heading">
          <h2 id="edit-heading">Add to this changeset</h2>
          {editing ? (
            <RecordForm
              key={`${editing.type}:${editing.initial?.recordId ?? "new"}`}
              changesetId={changeset.id}
              type={editing.type}
              initial={editing.initial}
              replacesChangeId={editing.replacesChangeId}
              onDone={() => setEditing(null)}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <div className="editor-form editor-form--inline">
              <ChoiceField
                label="Kind of record"
                value={newType}
                options={EDITABLE_TYPES.map((type) => ({ value: type, label: RECORD_TYPE_LABELS[type] }))}
                onChange={(value) => setNewType(value as RecordType)}
              />
              <div className="editor-form__actions">
                <button type="button" className="button button--primary" onClick={() => setEditing({ type: newType })}>
                  Add a {RECORD_TYPE_LABELS[newType].toLowerCase()}
                </button>
              </div>
            </div>
          )}
          <CorrectRecordForm
            onOpen={(type, initial) => {
              setEditing({ type, initial });
              document.getElementById("edit-heading")?.scrollIntoView();
            }}
          />
          <SourceLinkForm changesetId={changeset.id} />
          <WithdrawForm changesetId={changeset.id} />
        </section>
      )}

      {canPublish(account.role) && (draft || stage === "published") && (
        <PublishPanel
          id={changeset.id}
          publishedVersion={changeset.status === "PUBLISHED" ? changeset.datasetVersion : null}
          note={changeset.note}
          authors={changeset.authors}
          viewerId={account.id}
          problems={changeset.problems.length}
          stale={changeset.changes.some((change) => change.stale)}
          empty={changeset.changes.length === 0}
        />
      )}
    </article>
  );
}
