import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { useDocumentTitle } from "../../../app/hooks/useDocumentTitle";
import { graphql } from "../../../gql";
import { CopyButton } from "../../../ui/CopyButton";
import { Fact } from "../../../ui/Fact";
import { PageHeader, Section } from "../../../ui/Layout";
import { BatchCard } from "../../batches/components/BatchCard";
import { SourceCitation } from "../../batches/components/SourceCitation";
import { formatPartialDateText } from "../../batches/utils/format";
import { EventTimeline } from "../../batch-detail/components/EventTimeline";
import { courtCaseOutcomeLabel } from "../../records-browser/tables/labels";
import { RecordLoadState } from "./RecordLoadState";
import { failedTitle } from "../../../ui/status";
import { RecordTrail } from "../../history/components/RecordTrail";

const CourtCaseDetailQuery = graphql(`
  query CourtCaseDetail_CourtCase($slug: ID!) {
    courtCase(slug: $slug) {
      slug
      court
      caseNumber
      caption
      filedOn
      decidedOn
      outcome
      citation
      sources {
        ...SourceCitation_Source
      }
      events {
        ...EventTimeline_Event
        batch {
          id
          issuedOnLabel
          jurisdiction {
            name
          }
        }
      }
      batches {
        ...BatchCard_Batch
      }
    }
  }
`);

// A court case's page: its facts and their sources, every step of a batch's history that refers to it (each with
// its own sources), and the batches whose subpoenas it concerns. The judge is not shown: the site names no one.
export function CourtCaseDetail({ slug }: { slug: string }) {
  const [result, reexecute] = useQuery({ query: CourtCaseDetailQuery, variables: { slug } });
  const courtCase = result.data?.courtCase;
  useDocumentTitle(
    courtCase ? courtCase.caption : result.fetching ? "Court case" : failedTitle("Court case", result.error),
  );
  if (!courtCase) {
    return (
      <RecordLoadState
        fetching={result.fetching}
        error={result.error}
        found={false}
        noun="court case"
        record={{ type: "COURT_CASE", id: slug }}
        notFound={
          <>
            There is no court case <code>{slug}</code>. <Link to={paths.records("court-cases")}>See every case</Link>.
          </>
        }
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  return (
    <article data-testid="court-case-detail">
      <PageHeader
        eyebrow={
          <>
            <Link to={paths.records("court-cases")}>Court cases</Link> › Case
          </>
        }
        title={courtCase.caption}
        dek={courtCase.court}
        meta={<CopyButton text={() => window.location.href} label="Copy link" />}
      />
      <dl className="facts">
        <Fact label="Court">{courtCase.court}</Fact>
        <Fact label="Case number">{courtCase.caseNumber ?? "Not reported"}</Fact>
        <Fact label="Filed">{formatPartialDateText(courtCase.filedOn)}</Fact>
        <Fact label="Outcome">{courtCaseOutcomeLabel(courtCase.outcome)}</Fact>
        <Fact label="Decided">{courtCase.decidedOn ? formatPartialDateText(courtCase.decidedOn) : "Not reported"}</Fact>
        {courtCase.citation && <Fact label="Citation">{courtCase.citation}</Fact>}
      </dl>
      <Section
        title="Steps that refer to this case"
        id="steps"
        intro="Each step of a batch's history that names this case, with the sources that report it."
      >
        <EventTimeline events={courtCase.events} showBatch />
      </Section>
      <Section title="Batches concerned" id="batches">
        {courtCase.batches.length === 0 ? (
          <p>No batch refers to this case.</p>
        ) : (
          <ul className="batch-list">
            {courtCase.batches.map((batch) => (
              <li key={batch.id}>
                <BatchCard batch={batch} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Sources for the case" id="sources" intro="The documents the case's own facts are drawn from.">
        <ol className="source-list" data-testid="sources">
          {courtCase.sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
              <p className="source__meta">
                <Link to={paths.source(source.id)}>Everything this source supports</Link>
              </p>
            </li>
          ))}
        </ol>
      </Section>
      <RecordTrail type="COURT_CASE" id={slug} noun="court case" name={courtCase.caption} />
    </article>
  );
}
