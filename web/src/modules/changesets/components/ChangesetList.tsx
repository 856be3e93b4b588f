import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { Link, navigate } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql/editor";
import type { ChangesetList_ChangesetsQuery } from "../../../gql/editor/graphql";
import { FormErrors, TextField } from "../../../ui/form";
import { EmptyState, ErrorState, Skeleton } from "../../../ui/status";
import { stageOf, formatMoment, type ChangesetStage } from "../utils/status";
import { StageTag } from "./StageTag";

const ChangesetsQuery = graphql(`
  query ChangesetList_Changesets($first: Int) {
    changesets(first: $first) {
      totalCount
      nodes {
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
      }
    }
  }
`);

const CreateChangesetMutation = graphql(`
  mutation ChangesetList_CreateChangeset($note: String) {
    createChangeset(note: $note) {
      id
    }
  }
`);

type Node = ChangesetList_ChangesetsQuery["changesets"]["nodes"][number];

const GROUPS: { stage: ChangesetStage; title: string; empty: string }[] = [
  { stage: "in-review", title: "In review", empty: "Nothing is waiting for review." },
  { stage: "drafting", title: "Drafts", empty: "No draft is in progress." },
  { stage: "published", title: "Published", empty: "Nothing has been published yet." },
  { stage: "discarded", title: "Discarded", empty: "" },
];

const PAGE_SIZE = 100;

function ChangesetRow({ changeset }: { changeset: Node }) {
  const stage = stageOf(changeset);
  return (
    <li className="changeset-row">
      <div className="changeset-row__head">
        <Link to={paths.changeset(changeset.id)} className="changeset-row__title">
          {changeset.note || <em>Changeset {changeset.id} (no note yet)</em>}
        </Link>
        <StageTag stage={stage} />
      </div>
      <p className="source__meta">
        #{changeset.id}
        {changeset.kind === "IMPORT" ? " · data package import" : ""}
        {changeset.createdBy ? ` · started by ${changeset.createdBy.email}` : ""}
        {stage === "published" && changeset.publishedAt
          ? ` · version ${changeset.datasetVersion} published ${formatMoment(changeset.publishedAt)}`
          : ` · last changed ${formatMoment(changeset.updatedAt)}`}
      </p>
    </li>
  );
}

export function ChangesetList({ canDraft }: { canDraft: boolean }) {
  const [result, refetch] = useQuery({
    query: ChangesetsQuery,
    variables: { first: PAGE_SIZE },
    requestPolicy: "cache-and-network",
  });
  const [creating, create] = useMutation(CreateChangesetMutation);
  const [note, setNote] = useState("");

  const start = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ note: note.trim() || null });
    if (answer.data) navigate(paths.changeset(answer.data.createChangeset.id));
  };

  if (result.error && !result.data)
    return <ErrorState title="The changesets could not be loaded" error={result.error} onRetry={() => refetch()} />;
  const nodes = result.data?.changesets.nodes ?? [];
  return (
    <div className="changeset-list">
      {canDraft && (
        <form className="editor-form editor-form--inline" onSubmit={start} aria-label="Start a changeset">
          <FormErrors title="The changeset was not started" messages={creating.error ? [creating.error.message] : []} />
          <TextField
            label="Public note for a new changeset"
            hint="What it changes, as readers will see it, e.g. “Added Marion County's August 2025 subpoenas”. You can change it later."
            value={note}
            onChange={setNote}
            wide
          />
          <div className="editor-form__actions">
            <button type="submit" className="button button--primary" disabled={creating.fetching}>
              Start a changeset
            </button>
          </div>
        </form>
      )}
      {!result.data ? (
        <Skeleton height={240} label="Loading the changesets" />
      ) : (
        GROUPS.map((group) => {
          const members = nodes.filter((node) => stageOf(node) === group.stage);
          if (members.length === 0 && !group.empty) return null;
          return (
            <section key={group.stage} className="section" aria-labelledby={`group-${group.stage}`}>
              <h2 id={`group-${group.stage}`}>
                {group.title} <span className="muted">({members.length})</span>
              </h2>
              {members.length === 0 ? (
                <EmptyState>{group.empty}</EmptyState>
              ) : (
                <ul className="changeset-rows">
                  {members.map((node) => (
                    <ChangesetRow key={node.id} changeset={node} />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      {result.data && result.data.changesets.totalCount > nodes.length && (
        <p className="source__meta">
          Showing the newest {nodes.length} of {result.data.changesets.totalCount} changesets.
        </p>
      )}
    </div>
  );
}
