import { useQuery } from "urql";
import { CiteThis_DatasetQuery } from "./CiteThis";
import { formatTimestampDay } from "@subpoena-tracker/domain";

// "Data version 3, database updated 28 Nov 2026": under every page title, so a screenshot carries its date.
export function DatasetLine() {
  const [result] = useQuery({ query: CiteThis_DatasetQuery });
  const dataset = result.data?.dataset;
  // Until the answer comes, the same words stand unseen in its place: on a phone the line takes a row of its own, and
  // the page below it would otherwise move down by that row when it arrives (a layout shift in the first view).
  if (!dataset) {
    return (
      <span className="dataset-line--pending" aria-hidden="true">
        Data version 1, database updated 1 Jan 2026
      </span>
    );
  }
  return (
    <span data-testid="dataset-line">
      Data version {dataset.version}, database updated {formatTimestampDay(dataset.updatedAt)}
    </span>
  );
}
