import { graphql } from "../../../gql";
import type { BatchCard_BatchFragment } from "../../../gql/graphql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { precisionNote } from "../utils/format";
import { OutcomeBreakdown } from "./OutcomeBreakdown";
import { SourceCitation } from "./SourceCitation";

export const BatchCardFragment = graphql(`
  fragment BatchCard_Batch on Batch {
    id
    issuedOn
    issuedOnLabel
    issuedPrecision
    subpoenaCount
    countLabel
    countPrecision
    jurisdiction {
      slug
      name
      state
    }
    agencies {
      slug
      name
    }
    outcomes {
      outcome
      subpoenas
    }
    sources {
      ...SourceCitation_Source
    }
  }
`);

export interface BatchCardProps {
  batch: BatchCard_BatchFragment;
  headingLevel?: 3 | 4;
}

// One batch in a list: everything needed to quote it (date at its own precision, place, agencies, count or "not
// reported", where it stands) and its sources, with a link to its full history.
export function BatchCard({ batch, headingLevel = 3 }: BatchCardProps) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const note = precisionNote(batch.issuedPrecision);
  const unknownCount = batch.subpoenaCount === null;
  return (
    <article className="batch-card" data-batch-id={batch.id}>
      <Heading className="batch-card__title">
        <Link to={paths.batch(batch.id)}>
          {batch.jurisdiction.name}, {batch.issuedOnLabel}
        </Link>
      </Heading>
      <dl className="batch-card__facts">
        <div>
          <dt>Issued</dt>
          <dd>
            {batch.issuedOnLabel}
            {note && <span className="source__meta"> ({note})</span>}
          </dd>
        </div>
        <div>
          <dt>Subpoenas</dt>
          <dd className="num">
            {unknownCount && (
              <>
                <span className="unknown-marker" aria-hidden="true">
                  ?
                </span>{" "}
              </>
            )}
            {batch.countLabel}
          </dd>
        </div>
        <div>
          <dt>Jurisdiction</dt>
          <dd>
            <Link to={paths.jurisdiction(batch.jurisdiction.slug)}>{batch.jurisdiction.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{batch.agencies.length === 1 ? "Agency" : "Agencies"}</dt>
          <dd>{batch.agencies.map((agency) => agency.name).join("; ")}</dd>
        </div>
        <div>
          <dt>Where they stand</dt>
          <dd>
            <OutcomeBreakdown parts={batch.outcomes} />
          </dd>
        </div>
      </dl>
      <details className="batch-card__sources" open>
        <summary>
          {batch.sources.length} source{batch.sources.length === 1 ? "" : "s"}
        </summary>
        <ul className="source-list">
          {batch.sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} compact />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
