import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { BatchCard } from "../../batches/components/BatchCard";
import { Section } from "../../../ui/Layout";

export const AlsoServedHere_BatchesQuery = graphql(`
  query AlsoServedHere_Batches($filter: BatchFilter, $first: Int) {
    batches(filter: $filter, first: $first, orderBy: ISSUED_ON_ASC) {
      nodes {
        ...BatchCard_Batch
      }
    }
  }
`);

const MAX_BATCHES = 100;

export interface AlsoServedHereProps {
  slug: string;
  name: string;
}

// Batches served on this place's agencies but filed under a larger jurisdiction (Oregon's statewide batch reached the
// Wasco County sheriff). They are not in this place's figures, because the sources do not say how many of the
// subpoenas came here; they are listed so the place's page does not look as if nothing happened.
export function AlsoServedHere({ slug, name }: AlsoServedHereProps) {
  // Served on an agency here or inside this place, but not filed here or inside it.
  const [result] = useQuery({
    query: AlsoServedHere_BatchesQuery,
    variables: { filter: { agencyJurisdictions: [slug], excludeJurisdictions: [slug] }, first: MAX_BATCHES },
  });
  const batches = result.data?.batches.nodes ?? [];
  if (batches.length === 0) return null;
  return (
    <Section
      title={`Also served on agencies in ${name}`}
      id="also-served"
      intro={`These batches reached agencies here together with agencies elsewhere, and are counted under the jurisdiction that served them. They are not in ${name}'s figures above: the sources do not say how many of their subpoenas went to ${name}.`}
    >
      <ul className="batch-list">
        {batches.map((batch) => (
          <li key={batch.id}>
            <BatchCard batch={batch} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
