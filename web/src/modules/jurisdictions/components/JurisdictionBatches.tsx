import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { BatchCard } from "../../batches/components/BatchCard";
import { CourtCaseList } from "../../batch-detail/components/CourtCaseList";
import { Section } from "../../../ui/Layout";
import { EmptyState, ErrorState, Skeleton } from "../../../ui/status";
import { DownloadLinks } from "../../take-away/components/DownloadLinks";
import { batchesUrl } from "../../take-away/utils/apiLinks";
import { EMPTY_FILTERS } from "../../dashboard-state/utils/dashboardState";

// Every batch in the place and its parts; a place with more is rare, and the CSV has them all.
const MAX_BATCHES = 100;

export const JurisdictionBatches_BatchesQuery = graphql(`
  query JurisdictionBatches_Batches($filter: BatchFilter, $first: Int) {
    batches(filter: $filter, first: $first, orderBy: ISSUED_ON_ASC) {
      totalCount
      nodes {
        ...BatchCard_Batch
        courtCases {
          ...CourtCaseList_CourtCase
        }
      }
    }
  }
`);

// The batches served in a place (and its counties and cities), and the court cases about them.
export function JurisdictionBatches({ slug, name }: { slug: string; name: string }) {
  const [result, reexecute] = useQuery({
    query: JurisdictionBatches_BatchesQuery,
    variables: { filter: { jurisdictions: [slug] }, first: MAX_BATCHES },
  });
  const connection = result.data?.batches;
  let batches;
  if (result.error && !connection) {
    batches = (
      <ErrorState
        title="The batches could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  } else if (!connection) {
    batches = <Skeleton height={200} label="Loading the batches" />;
  } else if (connection.nodes.length === 0) {
    batches = <EmptyState>No batches are recorded in {name}.</EmptyState>;
  } else {
    batches = (
      <ul className="batch-list">
        {connection.nodes.map((batch) => (
          <li key={batch.id}>
            <BatchCard batch={batch} />
          </li>
        ))}
      </ul>
    );
  }
  const seen = new Set<string>();
  const courtCases = (connection?.nodes ?? [])
    .flatMap((batch) => batch.courtCases)
    .filter((courtCase) => (seen.has(courtCase.slug) ? false : (seen.add(courtCase.slug), true)));
  const filters = { ...EMPTY_FILTERS, jurisdictions: [slug] };
  return (
    <>
      <Section
        title="Batches"
        id="batches"
        intro={
          connection
            ? `${connection.totalCount} batch${connection.totalCount === 1 ? "" : "es"} served in ${name}${connection.totalCount > connection.nodes.length ? `; the first ${connection.nodes.length} are listed, the download has them all` : ""}.`
            : undefined
        }
      >
        <p className="drill__actions">
          <DownloadLinks
            what={`the batches of ${name}`}
            csv={batchesUrl("csv", filters)}
            json={batchesUrl("json", filters)}
          />
        </p>
        {batches}
      </Section>
      <Section title="Court cases" id="court-cases">
        {connection ? <CourtCaseList cases={courtCases} /> : <Skeleton height={80} />}
      </Section>
    </>
  );
}
