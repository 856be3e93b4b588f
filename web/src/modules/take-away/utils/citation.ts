// "Cite this": the dataset's own citation (it carries the version and the date of the data), followed by the exact
// view cited and the day it was accessed, in the form newsroom and academic style guides both accept.
import { formatDay, formatTimestampDay, MONTH_NAMES } from "@subpoena-tracker/domain";

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

export type CitationFormat = "plain" | "apa" | "bibtex" | "ris";

export const CITATION_FORMATS: { id: CitationFormat; label: string; fileName: string | null; type: string }[] = [
  { id: "plain", label: "Plain text", fileName: null, type: "text/plain" },
  { id: "apa", label: "APA", fileName: null, type: "text/plain" },
  { id: "bibtex", label: "BibTeX", fileName: "subpoena-tracker.bib", type: "application/x-bibtex" },
  { id: "ris", label: "RIS", fileName: "subpoena-tracker.ris", type: "application/x-research-info-systems" },
];

export interface CitationsInput extends CitationInput {
  /** The dataset's title, from the API. */
  title: string;
  /** Who publishes the dataset: its author in the reference managers' sense. */
  publisher: string;
  /** What this page shows ("Denver, 13 Jan 2020"), when it is not the dataset as a whole. */
  pageTitle: string | null;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** BibTeX's special characters, escaped so that a title with "&" or "%" compiles. */
function bibtexText(text: string): string {
  return text.replace(/([&%$#_{}])/g, "\\$1");
}

/**
 * The citation in the four forms people paste: plain text (as above), APA 7 (a data set: author, year, title, version,
 * "[Data set]", publisher, address, and the retrieval date because the data changes), BibTeX (@misc, which every
 * BibTeX style accepts, with biblatex's version and urldate) and RIS (TY - DATA, which Zotero, EndNote and Mendeley
 * import). Each names the dataset version.
 */
export function buildCitations(input: CitationsInput): Record<CitationFormat, string> {
  const updated = new Date(input.updatedAt);
  const year = Number.isNaN(updated.getTime()) ? input.accessedOn.getUTCFullYear() : updated.getUTCFullYear();
  const accessed = input.accessedOn;
  const title = input.pageTitle ? `${input.title}: ${input.pageTitle}` : input.title;
  const accessedLong = `${MONTH_NAMES[accessed.getUTCMonth()]} ${accessed.getUTCDate()}, ${accessed.getUTCFullYear()}`;
  const apa =
    `${input.publisher}. (${year}). ${title} (Version ${input.version}) [Data set]. ` +
    `Retrieved ${accessedLong}, from ${input.url}`;
  const key = `subpoenatracker${year}v${input.version}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bibtexText(input.publisher)}}},`,
    `  title = {{${bibtexText(title)}}},`,
    `  year = {${year}},`,
    `  version = {${input.version}},`,
    `  howpublished = {Dataset version ${input.version}, updated ${formatTimestampDay(input.updatedAt)}},`,
    `  url = {${input.url}},`,
    `  urldate = {${isoDay(accessed)}},`,
    `  note = {Dataset version ${input.version}. Accessed ${formatDay(accessed)}}`,
    `}`,
  ].join("\n");
  const risDate = (date: Date) => isoDay(date).replace(/-/g, "/");
  const ris = [
    "TY  - DATA",
    `AU  - ${input.publisher}`,
    `TI  - ${title}`,
    `PY  - ${year}`,
    ...(Number.isNaN(updated.getTime()) ? [] : [`DA  - ${risDate(updated)}`]),
    `ET  - Version ${input.version}`,
    `PB  - ${input.publisher}`,
    `UR  - ${input.url}`,
    `Y2  - ${risDate(accessed)}`,
    `N1  - Dataset version ${input.version}, updated ${formatTimestampDay(input.updatedAt)}.`,
    "ER  - ",
    "",
  ].join("\r\n");
  return { plain: buildCitation(input), apa, bibtex, ris };
}
