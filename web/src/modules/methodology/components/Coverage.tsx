import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { Skeleton } from "../../../ui/status";
import { formatPartialDateText } from "../../batches/utils/format";
import { formatTimestampDay } from "@subpoena-tracker/domain";

export const Coverage_DatasetQuery = graphql(`
  query Coverage_Dataset {
    dataset {
      title
      description
      version
      updatedAt
      coverageFrom
      coverageTo
      counts {
        subpoenas
        batches
        unknownCountBatches
        jurisdictions
        jurisdictionsWithBatches
        agencies
        events
        courtCases
        policies
        sources
      }
    }
  }
`);

// What the dataset holds today, read live so the methodology never quotes stale numbers.
export function Coverage() {
  const [result] = useQuery({ query: Coverage_DatasetQuery });
  const dataset = result.data?.dataset;
  if (!dataset) return <Skeleton height={120} label="Loading the coverage" />;
  const { counts } = dataset;
  return (
    <>
      <p>
        Version {dataset.version} of the dataset, database updated {formatTimestampDay(dataset.updatedAt)}, covers
        batches issued from {formatPartialDateText(dataset.coverageFrom)} to {formatPartialDateText(dataset.coverageTo)}
        : {counts.subpoenas} subpoenas in {counts.batches} batches
        {counts.unknownCountBatches > 0 ? `, plus ${counts.unknownCountBatches} batches of unreported size` : ""},
        served on {counts.agencies} agencies in {counts.jurisdictionsWithBatches} of the {counts.jurisdictions}{" "}
        jurisdictions recorded; {counts.events} dated events, {counts.courtCases} court cases, {counts.policies}{" "}
        sanctuary policies and {counts.sources} sources.
      </p>
    </>
  );
}
