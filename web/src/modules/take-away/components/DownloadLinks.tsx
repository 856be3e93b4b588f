import { countsFileName } from "@subpoena-tracker/domain";
import { countsUrl, type CountsQuery } from "../utils/apiLinks";

export interface DownloadLinksProps {
  // "this chart's data": completes "Download ... as CSV" for screen readers.
  what: string;
  csv: string;
  json: string;
  /** What the files are saved as; the server's own name (Content-Disposition) otherwise. */
  fileNames?: { csv: string; json: string };
}

// The API's twins of what is on screen, with the same filters. Real links: they can be copied into a script.
export function DownloadLinks({ what, csv, json, fileNames }: DownloadLinksProps) {
  return (
    <span className="downloads">
      <span className="downloads__label" aria-hidden="true">
        Download
      </span>
      <a className="button" href={csv} download={fileNames?.csv ?? true} data-download="csv">
        CSV<span className="visually-hidden"> — download {what}</span>
      </a>
      <a className="button" href={json} download={fileNames?.json ?? true} data-download="json">
        JSON<span className="visually-hidden"> — download {what}</span>
      </a>
    </span>
  );
}

// A chart's numbers as the counts twins return them, saved under a name that says what they are.
export function ChartDataDownloads({ query }: { query: CountsQuery }) {
  const csv = countsUrl("csv", query);
  const params = new URLSearchParams(csv.slice(csv.indexOf("?") + 1));
  return (
    <DownloadLinks
      what="this chart's data"
      csv={csv}
      json={countsUrl("json", query)}
      fileNames={{ csv: countsFileName(params, "csv"), json: countsFileName(params, "json") }}
    />
  );
}
