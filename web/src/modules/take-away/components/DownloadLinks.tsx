import { countsUrl, type CountsQuery } from "../utils/apiLinks";

export interface DownloadLinksProps {
  // "this chart's data": completes "Download ... as CSV" for screen readers.
  what: string;
  csv: string;
  json: string;
}

// The API's twins of what is on screen, with the same filters. Real links: they can be copied into a script.
export function DownloadLinks({ what, csv, json }: DownloadLinksProps) {
  return (
    <span className="downloads">
      <span className="downloads__label" aria-hidden="true">
        Download
      </span>
      <a className="button" href={csv} download data-download="csv">
        CSV<span className="visually-hidden"> — download {what}</span>
      </a>
      <a className="button" href={json} download data-download="json">
        JSON<span className="visually-hidden"> — download {what}</span>
      </a>
    </span>
  );
}

// A chart's numbers as the counts twins return them.
export function ChartDataDownloads({ query }: { query: CountsQuery }) {
  return <DownloadLinks what="this chart's data" csv={countsUrl("csv", query)} json={countsUrl("json", query)} />;
}
