import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { CopyButton } from "../../../ui/CopyButton";
import { SegmentedControl } from "../../../ui/controls";
import { Skeleton } from "../../../ui/status";
import { formatTimestampDay } from "@subpoena-tracker/domain";
import { versionPackagePath } from "../utils/apiLinks";
import { buildCitations, CITATION_FORMATS, type CitationFormat } from "../utils/citation";
import { Link, useLocation } from "../../../app/router";
import { paths } from "../../../app/routes";

export const CiteThis_DatasetQuery = graphql(`
  query CiteThis_Dataset {
    dataset {
      title
      version
      updatedAt
      citation
      licenses {
        name
        title
        url
      }
    }
  }
`);

/** Who publishes the dataset; the API's own citation names the same publisher. */
const PUBLISHER = "Subpoena Tracker";
const TITLE_SUFFIX = " · Subpoena Tracker";

/**
 * What this page shows, from the title each page gives itself (useDocumentTitle), followed as it changes: a batch's
 * page names its title only once its data has arrived. Null on the dashboard's own title.
 */
function usePageTitle(): string | null {
  const read = () => (document.title.endsWith(TITLE_SUFFIX) ? document.title.slice(0, -TITLE_SUFFIX.length) : null);
  const [title, setTitle] = useState(read);
  useEffect(() => {
    const element = document.querySelector("title");
    if (!element) return;
    const observer = new MutationObserver(() => setTitle(read()));
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    setTitle(read());
    return () => observer.disconnect();
  }, []);
  return title;
}

// "Cite this": the dataset's citation with its version and date, and the address of exactly this view, in plain
// text, APA, BibTeX or RIS.
export function CiteThis() {
  const [result] = useQuery({ query: CiteThis_DatasetQuery });
  const [format, setFormat] = useState<CitationFormat>("plain");
  useLocation();
  const pageTitle = usePageTitle();
  const dataset = result.data?.dataset;
  if (!dataset) return <Skeleton height={120} label="Loading the citation" />;
  const citations = buildCitations({
    datasetCitation: dataset.citation,
    title: dataset.title,
    publisher: PUBLISHER,
    pageTitle,
    version: dataset.version,
    updatedAt: dataset.updatedAt,
    url: window.location.href,
    accessedOn: new Date(),
  });
  const text = citations[format];
  const chosen = CITATION_FORMATS.find((f) => f.id === format) ?? CITATION_FORMATS[0];
  const license = dataset.licenses[0];
  return (
    <div className="cite-box" data-testid="cite-this">
      <h3>Cite this</h3>
      <SegmentedControl
        legend="Citation format"
        name="citation-format"
        options={CITATION_FORMATS.map((f) => ({ value: f.id, label: f.label }))}
        value={format}
        onChange={setFormat}
      />
      {format === "bibtex" || format === "ris" ? (
        <pre
          className="cite-box__code"
          data-citation
          data-format={format}
          tabIndex={0}
          aria-label={`${chosen.label} citation`}
        >
          {text}
        </pre>
      ) : (
        <p className="cite-box__text" data-citation data-format={format}>
          {text}
        </p>
      )}
      <p className="source__meta">
        Dataset version {dataset.version}, database updated {formatTimestampDay(dataset.updatedAt)}.
        {license && (
          <>
            {" "}
            Licence:{" "}
            {license.url ? (
              <a href={license.url} rel="noopener noreferrer">
                {license.title ?? license.name}
              </a>
            ) : (
              (license.title ?? license.name)
            )}
            .
          </>
        )}
      </p>
      <p className="source__meta">
        A citation names its version, and every version stays available:{" "}
        <a href={versionPackagePath(dataset.version)} download>
          download version {dataset.version} exactly as published
        </a>{" "}
        · <Link to={paths.changes()}>what changed since</Link>.
      </p>
      <div className="drill__actions">
        <CopyButton text={() => text} label={`Copy citation (${chosen.label})`} />
        {chosen.fileName && (
          <a
            className="button"
            href={`data:${chosen.type};charset=utf-8,${encodeURIComponent(text)}`}
            download={chosen.fileName}
            data-download={format}
          >
            Download {chosen.fileName.split(".").pop()} file
          </a>
        )}
        <CopyButton text={() => window.location.href} label="Copy link to this view" />
      </div>
    </div>
  );
}
