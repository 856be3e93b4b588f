import { useQuery } from "urql";
import { CiteThis_DatasetQuery } from "./CiteThis";
import { formatTimestampDay } from "@subpoena-tracker/domain";

// "Data version 3, database updated 28 Nov 2026": under every page title, so a screenshot carries its date.
export function DatasetLine() {
  const [result] = useQuery({ query: CiteThis_DatasetQuery });
  const dataset = result.data?.dataset;
  if (!dataset) return null;
  return (
    <span data-testid="dataset-line">
      Data version {dataset.version}, database updated {formatTimestampDay(dataset.updatedAt)}
    </span>
  );
}
