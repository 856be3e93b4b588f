// Names for downloaded files that say what they hold, so a folder of downloads stays readable:
// "subpoenas-by-month-oregon-2020.csv" rather than a dozen "subpoena-counts (3).csv". Shared so the server's
// Content-Disposition and the dashboard's download attribute give the same name for the same numbers.
import { US_STATE_NAMES } from "./states";

/** Longest name before the extension: file systems and mail clients cope with it. */
const MAX_STEM = 120;

const DIMENSION_WORDS: Record<string, string> = {
  JURISDICTION: "jurisdiction",
  STATE: "state",
  OUTCOME: "outcome",
  AGENCY_KIND: "agency-kind",
  ISSUING_COMPONENT: "component",
  OFFENSE_CATEGORY: "offense",
};

function slugWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Every value of a parameter, whether repeated or comma-separated. */
function all(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** "2020", "2020-to-2021", "from-2020-03" or "to-2021": the period the filter covers, in the name's words. */
function periodWords(from: string | null, to: string | null): string | null {
  if (from && to) {
    return from === to || (from.slice(0, 4) === to.slice(0, 4) && from.length === 4 && to.length === 4)
      ? from
      : from.slice(0, 4) === to.slice(0, 4) && from.endsWith("-01") && to.endsWith("-12") && from.length === 7
        ? from.slice(0, 4)
        : `${from}-to-${to}`;
  }
  if (from) return `from-${from}`;
  if (to) return `to-${to}`;
  return null;
}

/**
 * The file name for a counts download, from the counts twin's own parameters (groupBy, interval and the filters):
 * "subpoenas-by-month-oregon-2020.csv", "subpoenas-by-outcome.csv", "subpoenas-by-jurisdiction-denver-co.json".
 */
export function countsFileName(params: URLSearchParams, extension: "csv" | "json"): string {
  const groupBy = all(params, "groupBy").map((d) => d.toUpperCase());
  const interval = (params.get("interval") ?? "month").toLowerCase();
  const dimensions = groupBy.map((d) => (d === "PERIOD" ? interval : (DIMENSION_WORDS[d] ?? slugWords(d))));
  const words = ["subpoenas", dimensions.length > 0 ? `by-${dimensions.join("-and-")}` : "total"];
  for (const state of all(params, "state")) words.push(US_STATE_NAMES[state.toUpperCase()] ?? state);
  for (const name of ["jurisdiction", "agency", "outcome", "issuingComponent", "offenseCategory", "agencyKind"]) {
    words.push(...all(params, name));
  }
  const excluded = all(params, "excludeJurisdiction");
  if (excluded.length > 0) words.push("excluding", ...excluded);
  const period = periodWords(params.get("from"), params.get("to"));
  if (period) words.push(period);
  const stem = slugWords(words.join("-")).slice(0, MAX_STEM).replace(/-+$/, "");
  return `${stem}.${extension}`;
}
