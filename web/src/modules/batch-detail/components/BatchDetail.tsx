import {
  AGENCY_KINDS,
  AGENCY_KIND_LABELS,
  ISSUING_COMPONENT_LABELS,
  OFFENSE_CATEGORIES,
  OFFENSE_CATEGORY_LABELS,
} from "@subpoena-tracker/domain";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { useDocumentTitle } from "../../../app/hooks/useDocumentTitle";
import { PageHeader, Section } from "../../../ui/Layout";
import { ErrorState, failedTitle, isNotFound, Skeleton } from "../../../ui/status";
import { CopyButton } from "../../../ui/CopyButton";
import { Fact } from "../../../ui/Fact";
import { labelOfEnum } from "../../counts/utils/enums";
import { IssuedFact, SubpoenaCountFact } from "../../batches/components/BatchFacts";
import { OutcomeBreakdown } from "../../batches/components/OutcomeBreakdown";
import { SourceCitation } from "../../batches/components/SourceCitation";
import { eventStatusLabel } from "../../batches/utils/format";
import { collectSources } from "../utils/collectSources";
import { CourtCaseList } from "./CourtCaseList";
import { EventTimeline } from "./EventTimeline";
import { PolicyList } from "./PolicyList";
import { NotFound } from "../../../ui/NotFound";
import { WithdrawnOr } from "../../history/components/RecordHistory";
import { RecordTrail } from "../../history/components/RecordTrail";

export const BatchDetail_BatchQuery = graphql(`
  query BatchDetail_Batch($id: ID!) {
    batch(id: $id) {
      ...BatchCard_Batch
      issuingComponent
      offenseCategories
      subjectsSummary
      subjectsInCustody
      subjectsReleased
      notes
      agencies {
        slug
        name
        kind
      }
      events {
        ...EventTimeline_Event
      }
      courtCases {
        ...CourtCaseList_CourtCase
      }
      policies {
        ...PolicyList_Policy
      }
    }
  }
`);

function custody(inCustody: number | null, released: number | null): string | null {
  if (inCustody === null && released === null) return null;
  const parts = [];
  if (inCustody !== null) parts.push(`${inCustody} in custody`);
  if (released !== null) parts.push(`${released} released`);
  return parts.join(", ");
}

// A batch's page: what was served, on whom, where it stands, its history step by step, the court cases, the
// sanctuary policy that applies, and every source with its supporting passage.
export function BatchDetail({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: BatchDetail_BatchQuery, variables: { id } });
  const batch = result.data?.batch;
  useDocumentTitle(
    batch
      ? `${batch.jurisdiction.name}, ${batch.issuedOnLabel}`
      : result.fetching
        ? "Batch"
        : failedTitle("Batch", result.error),
  );

  if (result.fetching && !batch) return <Skeleton height={420} label="Loading the batch" />;
  if (!batch) {
    if (isNotFound(result.error)) {
      return (
        <WithdrawnOr
          type="BATCH"
          id={id}
          noun="batch"
          fallback={
            <NotFound title="No such batch">
              There is no batch with the id <code>{id}</code>. It may have been merged or renamed when the data was
              corrected.
            </NotFound>
          }
        />
      );
    }
    return (
      <ErrorState
        title="The batch could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }

  const cited = collectSources({
    batch,
    events: batch.events.map((event) => ({
      label: `${event.dateLabel}: ${eventStatusLabel(event.status)}`,
      sources: event.sources,
    })),
    courtCases: batch.courtCases.map((courtCase) => ({ label: courtCase.caption, sources: courtCase.sources })),
    policies: batch.policies.map((policy) => ({ label: policy.name, sources: policy.sources })),
  });
  const people = custody(batch.subjectsInCustody, batch.subjectsReleased);

  return (
    <article data-testid="batch-detail">
      <PageHeader
        eyebrow={
          <>
            <Link to={paths.home()}>Dashboard</Link> ›{" "}
            <Link to={paths.jurisdiction(batch.jurisdiction.slug)}>{batch.jurisdiction.name}</Link> › Batch
          </>
        }
        title={`${batch.subpoenaCount === null ? "Subpoenas" : batch.countLabel === "1" ? "1 subpoena" : `${batch.countLabel} subpoenas`} served in ${batch.jurisdiction.name}, ${batch.issuedOnLabel}`}
        dek={batch.subjectsSummary ?? undefined}
        meta={<CopyButton text={() => window.location.href} label="Copy link" />}
      />
      <dl className="facts">
        <IssuedFact batch={batch} />
        <SubpoenaCountFact batch={batch} />
        <Fact label="Issued by">
          {batch.issuingComponent ? ISSUING_COMPONENT_LABELS[batch.issuingComponent] : "Not reported"}
        </Fact>
        <Fact label="Served on">
          {batch.agencies.map((agency) => (
            <div key={agency.slug}>
              {agency.name}{" "}
              <span className="source__meta">
                ({labelOfEnum(AGENCY_KINDS, AGENCY_KIND_LABELS, agency.kind).toLowerCase()})
              </span>
            </div>
          ))}
        </Fact>
        <Fact label="Where they stand">
          <OutcomeBreakdown parts={batch.outcomes} />
        </Fact>
        <Fact label="Offense categories">
          {batch.offenseCategories.length > 0
            ? batch.offenseCategories.map((c) => labelOfEnum(OFFENSE_CATEGORIES, OFFENSE_CATEGORY_LABELS, c)).join(", ")
            : "Not reported"}
        </Fact>
        {people && <Fact label="People concerned">{people}</Fact>}
      </dl>
      {batch.notes && (
        <p className="prose">
          <strong>Note: </strong>
          {batch.notes}
        </p>
      )}
      <div className="two-col">
        <div>
          <Section
            title="Timeline"
            id="timeline"
            intro="Each step as the sources report it. A later step that is missing was not reported; it does not mean nothing happened."
          >
            <EventTimeline events={batch.events} />
          </Section>
          <Section title="Court cases" id="court-cases">
            <CourtCaseList cases={batch.courtCases} />
          </Section>
        </div>
        <div>
          <Section
            title="Sanctuary policy"
            id="policy"
            intro="The laws and policies that applied where the subpoenas were served."
          >
            <PolicyList policies={batch.policies} />
          </Section>
        </div>
      </div>
      <Section
        title="Sources"
        id="sources"
        intro={`Every document this page draws on (${cited.length}), with the passage that supports it.`}
      >
        <ol className="source-list" data-testid="sources">
          {cited.map(({ source, citedFor }) => (
            <li key={source.id}>
              <SourceCitation source={source} />
              <p className="source__meta">Cited for: {citedFor.join("; ")}</p>
            </li>
          ))}
        </ol>
      </Section>
      <RecordTrail
        type="BATCH"
        id={id}
        noun="batch"
        name={`the batch served in ${batch.jurisdiction.name}, ${batch.issuedOnLabel}`}
        intro="Every published change to this batch and its events: when, in which version of the dataset, and why."
      />
    </article>
  );
}
