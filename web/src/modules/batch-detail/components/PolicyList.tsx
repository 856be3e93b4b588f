import { graphql } from "../../../gql";
import type { PolicyList_PolicyFragment } from "../../../gql/graphql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { formatPartialDateText } from "../../batches/utils/format";
import { CitedRecordCard } from "./CitedRecordCard";

export const PolicyListFragment = graphql(`
  fragment PolicyList_Policy on Policy {
    slug
    name
    citation
    enactedOn
    effectiveOn
    summary
    jurisdiction {
      slug
      name
    }
    sources {
      ...SourceCitation_Source
    }
  }
`);

// The sanctuary laws and policies that apply: the place's own and those of every place containing it.
export function PolicyList({ policies }: { policies: PolicyList_PolicyFragment[] }) {
  if (policies.length === 0) return <p>No sanctuary policy is recorded for this jurisdiction.</p>;
  return (
    <ul className="batch-list" data-testid="policies">
      {policies.map((policy) => (
        <CitedRecordCard key={policy.slug} title={policy.name} sources={policy.sources}>
          <p className="source__meta">
            {policy.citation ? `${policy.citation} · ` : ""}
            <Link to={paths.jurisdiction(policy.jurisdiction.slug)}>{policy.jurisdiction.name}</Link>
            {policy.enactedOn && ` · enacted ${formatPartialDateText(policy.enactedOn)}`}
            {policy.effectiveOn && ` · in effect from ${formatPartialDateText(policy.effectiveOn)}`}
          </p>
          {policy.summary && <p className="batch-card__summary">{policy.summary}</p>}
        </CitedRecordCard>
      ))}
    </ul>
  );
}
