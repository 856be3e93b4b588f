import { graphql } from "../../../gql";
import type { SourceCitation_SourceFragment } from "../../../gql/graphql";
import { formatPartialDateText, isAggregator, reliabilityLabel, sourceKindLabel } from "../utils/format";

export const SourceCitationFragment = graphql(`
  fragment SourceCitation_Source on Source {
    id
    url
    publisher
    title
    publishedOn
    kind
    reliability
    quote
  }
`);

export interface SourceCitationProps {
  source: SourceCitation_SourceFragment;
  // Compact: publisher, title and date on one line, for lists of batches. Full: the supporting quote too.
  compact?: boolean;
}

// A source as a reporter needs it to check a fact: who published it, when, the passage that supports the fact, and a
// link. Copies ("aggregator") are flagged to be checked against the original publisher.
export function SourceCitation({ source, compact }: SourceCitationProps) {
  const date = source.publishedOn ? formatPartialDateText(source.publishedOn) : "date not reported";
  return (
    <div className={compact ? "source source--compact" : "source"} data-source-id={source.id}>
      <a href={source.url} rel="noopener noreferrer" target="_blank">
        {source.title ?? source.publisher}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <div className="source__meta">
        {source.publisher} · {date} · {sourceKindLabel(source.kind)}
        {isAggregator(source.reliability) && (
          <>
            {" "}
            <span className="tag" title="A copy or summary, to be checked against the original">
              {reliabilityLabel(source.reliability)}
            </span>
          </>
        )}
      </div>
      {!compact && source.quote && <blockquote className="source__quote">“{source.quote}”</blockquote>}
    </div>
  );
}

// A record's sources, one compact line each: under a batch card, a court case, a policy or a timeline step.
export function CompactSourceList({ sources }: { sources: SourceCitation_SourceFragment[] }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <SourceCitation source={source} compact />
        </li>
      ))}
    </ul>
  );
}
