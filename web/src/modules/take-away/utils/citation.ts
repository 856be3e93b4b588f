// "Cite this": the dataset's own citation (it carries the version and the date of the data), followed by the exact
// view cited and the day it was accessed, in the form newsroom and academic style guides both accept.
import { formatDay, formatTimestampDay } from "@subpoena-tracker/domain";

export interface CitationInput {
  // The dataset's suggested citation, from the API.
  datasetCitation: string;
  version: number;
  // ISO 8601 timestamp of the last change to the data.
  updatedAt: string;
  url: string;
  accessedOn: Date;
}

export function buildCitation(input: CitationInput): string {
  const base = input.datasetCitation.trim().replace(/\.?$/, ".");
  const mentionsVersion = base.includes(String(input.version)) && /version/i.test(base);
  const version = mentionsVersion
    ? ""
    : ` Dataset version ${input.version}, updated ${formatTimestampDay(input.updatedAt)}.`;
  return `${base}${version} ${input.url} (accessed ${formatDay(input.accessedOn)}).`;
}
