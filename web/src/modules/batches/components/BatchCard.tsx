import { graphql } from "../../../gql";
import type { BatchCard_BatchFragment } from "../../../gql/graphql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { Fact } from "../../../ui/Fact";
import { IssuedFact, SubpoenaCountFact } from "./BatchFacts";
import { OutcomeBreakdown } from "./OutcomeBreakdown";
import { CompactSourceList } from "./SourceCitation";

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
  return (
    <article className="batch-card" data-batch-id={batch.id}>
      <Heading className="batch-card__title">
        <Link to={paths.batch(batch.id)}>
          {batch.jurisdiction.name}, {batch.issuedOnLabel}
        </Link>
      </Heading>
      <dl className="batch-card__facts">
        <IssuedFact batch={batch} />
        <SubpoenaCountFact batch={batch} />
        <Fact label="Jurisdiction">
          <Link to={paths.jurisdiction(batch.jurisdiction.slug)}>{batch.jurisdiction.name}</Link>
        </Fact>
        <Fact label={batch.agencies.length === 1 ? "Agency" : "Agencies"}>
          {batch.agencies.map((agency) => agency.name).join("; ")}
        </Fact>
        <Fact label="Where they stand">
          <OutcomeBreakdown parts={batch.outcomes} />
        </Fact>
      </dl>
      <details className="batch-card__sources" open>
        <summary>
          {batch.sources.length} source{batch.sources.length === 1 ? "" : "s"}
        </summary>
        <CompactSourceList sources={batch.sources} />
      </details>
    </article>
  );
}
