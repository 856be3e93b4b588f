import { useQuery } from "urql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { useDocumentTitle } from "../../../app/hooks/useDocumentTitle";
import { graphql } from "../../../gql";
import type { SourceDetail_SourceQuery } from "../../../gql/graphql";
import { CopyButton } from "../../../ui/CopyButton";
import { Fact } from "../../../ui/Fact";
import { PageHeader, Section } from "../../../ui/Layout";
import { eventStatusLabel, formatPartialDateText, reliabilityLabel, sourceKindLabel } from "../../batches/utils/format";
import { RecordLoadState } from "./RecordLoadState";
import { failedTitle } from "../../../ui/status";
import { RecordTrail } from "../../history/components/RecordTrail";

const SourceDetailQuery = graphql(`
  query SourceDetail_Source($id: ID!) {
    source(id: $id) {
      id
      url
      publisher
      title
      publishedOn
      kind
      reliability
      quote
      citedBy {
        kind
        batch {
          id
          issuedOnLabel
          countLabel
          jurisdiction {
            name
          }
        }
        event {
          id
          dateLabel
          status
          note
        }
        courtCase {
          slug
          caption
        }
        policy {
          slug
          name
          jurisdiction {
            slug
            name
          }
        }
      }
    }
  }
`);

type Citation = NonNullable<SourceDetail_SourceQuery["source"]>["citedBy"][number];

function CitationItem({ citation }: { citation: Citation }) {
  const { batch, event, courtCase, policy } = citation;
  if (event && batch) {
    return (
      <>
        <strong>Step of a batch&rsquo;s history:</strong> {event.dateLabel},{" "}
        {eventStatusLabel(event.status).toLowerCase()}
        {event.note ? `: ${event.note}` : ""} (
        <Link to={paths.batch(batch.id)}>
          {batch.jurisdiction.name}, {batch.issuedOnLabel}
        </Link>
        )
      </>
    );
  }
  if (batch) {
    return (
      <>
        <strong>Batch:</strong>{" "}
        <Link to={paths.batch(batch.id)}>
          {batch.countLabel === "not reported" ? "Subpoenas" : `${batch.countLabel} subpoenas`} served in{" "}
          {batch.jurisdiction.name}, {batch.issuedOnLabel}
        </Link>{" "}
        (its date, count, recipients and the people concerned)
      </>
    );
  }
  if (courtCase) {
    return (
      <>
        <strong>Court case:</strong> <Link to={paths.courtCase(courtCase.slug)}>{courtCase.caption}</Link>
      </>
    );
  }
  if (policy) {
    return (
      <>
        <strong>Sanctuary policy:</strong> {policy.name} (
        <Link to={paths.jurisdiction(policy.jurisdiction.slug)}>{policy.jurisdiction.name}</Link>)
      </>
    );
  }
  return null;
}

// A source's page: the document, its supporting passage, and every fact in the data that cites it.
export function SourceDetail({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: SourceDetailQuery, variables: { id } });
  const source = result.data?.source;
  useDocumentTitle(
    source ? (source.title ?? source.publisher) : result.fetching ? "Source" : failedTitle("Source", result.error),
  );
  if (!source) {
    return (
      <RecordLoadState
        fetching={result.fetching}
        error={result.error}
        found={false}
        noun="source"
        record={{ type: "SOURCE", id: id }}
        notFound={
          <>
            There is no source <code>{id}</code>. <Link to={paths.records("sources")}>See every source</Link>.
          </>
        }
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  return (
    <article data-testid="source-detail">
      <PageHeader
        eyebrow={
          <>
            <Link to={paths.records("sources")}>Sources</Link> › Source
          </>
        }
        title={source.title ?? source.publisher}
        dek={`${source.publisher}, ${formatPartialDateText(source.publishedOn)}`}
        meta={<CopyButton text={() => window.location.href} label="Copy link" />}
      />
      <dl className="facts">
        <Fact label="Publisher">{source.publisher}</Fact>
        <Fact label="Published">{formatPartialDateText(source.publishedOn)}</Fact>
        <Fact label="Kind">{sourceKindLabel(source.kind)}</Fact>
        <Fact label="Reliability">{reliabilityLabel(source.reliability)}</Fact>
        <Fact label="Document">
          <a href={source.url} rel="noopener noreferrer" target="_blank">
            Open the document<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </Fact>
      </dl>
      {source.quote && <blockquote className="source__quote">“{source.quote}”</blockquote>}
      <Section
        title={`Facts citing this source (${source.citedBy.length})`}
        id="cited-by"
        intro="Every record in the data that rests on this document."
      >
        {source.citedBy.length === 0 ? (
          <p>No record cites this source yet.</p>
        ) : (
          <ul className="cited-by" data-testid="cited-by">
            {source.citedBy.map((citation, index) => (
              <li key={index} data-kind={citation.kind}>
                <CitationItem citation={citation} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <RecordTrail type="SOURCE" id={id} noun="source" name={source.title ?? source.publisher} />
    </article>
  );
}
