import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { Link, navigate } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql/editor";
import type { CorrectionRequestStatus, Inbox_RequestsQuery } from "../../../gql/editor/graphql";
import { SegmentedControl } from "../../../ui/controls";
import { ChoiceField, FormErrors } from "../../../ui/form";
import { EmptyState, ErrorState, Skeleton } from "../../../ui/status";
import { recordNoun, recordPath } from "../../changes/utils/recordLinks";
import { formatMoment } from "../../changesets/utils/status";

const RequestsQuery = graphql(`
  query Inbox_Requests($status: [CorrectionRequestStatus!]) {
    correctionRequests(status: $status) {
      id
      recordType
      recordId
      whatIsWrong
      sourceUrl
      contact
      status
      changesetId
      createdAt
      updatedAt
    }
    changesets(status: [DRAFT], first: 100) {
      nodes {
        id
        note
      }
    }
  }
`);

const UpdateRequestMutation = graphql(`
  mutation Inbox_UpdateRequest($id: ID!, $changesetId: ID, $status: CorrectionRequestStatus) {
    updateCorrectionRequest(id: $id, changesetId: $changesetId, status: $status) {
      id
      status
      changesetId
      updatedAt
    }
  }
`);

const StartChangesetMutation = graphql(`
  mutation Inbox_StartChangeset($note: String) {
    createChangeset(note: $note) {
      id
    }
  }
`);

type Request = Inbox_RequestsQuery["correctionRequests"][number];
type Draft = Inbox_RequestsQuery["changesets"]["nodes"][number];

const FILTERS = [
  { value: "OPEN", label: "Open" },
  { value: "RESOLVED", label: "Resolved" },
  { value: "DISMISSED", label: "Dismissed" },
] as const;

const STATUS_LABELS: Record<CorrectionRequestStatus, string> = {
  OPEN: "Open",
  RESOLVED: "Resolved",
  DISMISSED: "Dismissed",
};

function RequestCard({ request, drafts }: { request: Request; drafts: readonly Draft[] }) {
  const [update, run] = useMutation(UpdateRequestMutation);
  const [starting, start] = useMutation(StartChangesetMutation);
  const [target, setTarget] = useState(request.changesetId ?? "");
  const where = recordPath(request.recordType, request.recordId);
  const name = `${recordNoun(request.recordType)} ${request.recordId}`;

  const startChangeset = async () => {
    const answer = await start({ note: `Correction of ${name} (error report ${request.id})` });
    const id = answer.data?.createChangeset.id;
    if (!id) return;
    await run({ id: request.id, changesetId: id });
    navigate(paths.changeset(id));
  };
  const errors = [update.error, starting.error].flatMap((e) => (e ? e.graphQLErrors.map((g) => g.message) : []));
  return (
    <li className="change-card inbox-item">
      <div className="change-card__head">
        <h3>
          Report {request.id}: {where ? <Link to={where}>{name}</Link> : name}
        </h3>
        <span className={`tag stage-tag stage-tag--${request.status.toLowerCase()}`}>
          {STATUS_LABELS[request.status]}
        </span>
      </div>
      <p className="source__meta">Received {formatMoment(request.createdAt)}</p>
      <blockquote className="inbox-item__text">{request.whatIsWrong}</blockquote>
      <dl className="facts inbox-item__facts">
        <div>
          <dt>Source</dt>
          <dd>
            {request.sourceUrl ? (
              <a href={request.sourceUrl} rel="noopener noreferrer nofollow">
                {request.sourceUrl}
              </a>
            ) : (
              "None given"
            )}
          </dd>
        </div>
        <div>
          <dt>Contact</dt>
          <dd>{request.contact ?? "None given"}</dd>
        </div>
        <div>
          <dt>Changeset</dt>
          <dd>
            {request.changesetId ? (
              <Link to={paths.changeset(request.changesetId)}>#{request.changesetId}</Link>
            ) : (
              "Not linked yet"
            )}
          </dd>
        </div>
      </dl>
      <FormErrors title="That did not work" messages={errors} />
      {request.status === "OPEN" ? (
        <div className="editor-form editor-form--inline">
          <ChoiceField
            label={`Changeset that fixes report ${request.id}`}
            value={target}
            options={drafts.map((draft) => ({ value: draft.id, label: `#${draft.id} ${draft.note || "(no note)"}` }))}
            onChange={setTarget}
            emptyLabel="Choose a draft…"
          />
          <div className="editor-form__actions">
            <button
              type="button"
              className="button"
              disabled={!target || update.fetching}
              onClick={() => run({ id: request.id, changesetId: target })}
            >
              Link<span className="visually-hidden"> report {request.id}</span>
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={starting.fetching}
              onClick={startChangeset}
            >
              Start a changeset for it
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={update.fetching}
              onClick={() => run({ id: request.id, status: "DISMISSED" })}
            >
              Dismiss<span className="visually-hidden"> report {request.id}</span>
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--quiet"
          disabled={update.fetching}
          onClick={() => run({ id: request.id, status: "OPEN" })}
        >
          Reopen<span className="visually-hidden"> report {request.id}</span>
        </button>
      )}
    </li>
  );
}

// Readers' error reports, for editors: read them, link each to the changeset that fixes it (it is resolved when
// that is published), or dismiss it.
export function Inbox() {
  const [status, setStatus] = useState<CorrectionRequestStatus>("OPEN");
  const [result, refetch] = useQuery({
    query: RequestsQuery,
    variables: { status: [status] },
    requestPolicy: "cache-and-network",
  });
  if (result.error && !result.data) {
    return <ErrorState title="The error reports could not be loaded" error={result.error} onRetry={() => refetch()} />;
  }
  const requests = result.data?.correctionRequests;
  return (
    <>
      <SegmentedControl legend="Show" name="inbox-status" options={FILTERS} value={status} onChange={setStatus} />
      {!requests ? (
        <Skeleton height={240} label="Loading the error reports" />
      ) : requests.length === 0 ? (
        <EmptyState>No {STATUS_LABELS[status].toLowerCase()} error report.</EmptyState>
      ) : (
        <ol className="change-list" aria-label={`${STATUS_LABELS[status]} error reports`}>
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} drafts={result.data?.changesets.nodes ?? []} />
          ))}
        </ol>
      )}
    </>
  );
}
