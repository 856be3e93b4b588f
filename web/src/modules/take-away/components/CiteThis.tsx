import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { CopyButton } from "../../../ui/CopyButton";
import { Skeleton } from "../../../ui/status";
import { formatTimestampDay } from "@subpoena-tracker/domain";
import { versionPackagePath } from "../utils/apiLinks";
import { buildCitation } from "../utils/citation";
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

// "Cite this": the dataset's citation with its version and date, and the address of exactly this view.
export function CiteThis() {
  const [result] = useQuery({ query: CiteThis_DatasetQuery });
  useLocation();
  const dataset = result.data?.dataset;
  if (!dataset) return <Skeleton height={120} label="Loading the citation" />;
  const text = buildCitation({
    datasetCitation: dataset.citation,
    version: dataset.version,
    updatedAt: dataset.updatedAt,
    url: window.location.href,
    accessedOn: new Date(),
  });
  const license = dataset.licenses[0];
  return (
    <div className="cite-box" data-testid="cite-this">
      <h3>Cite this</h3>
      <p className="cite-box__text" data-citation>
        {text}
      </p>
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
        <CopyButton text={() => text} label="Copy citation" />
        <CopyButton text={() => window.location.href} label="Copy link to this view" />
      </div>
    </div>
  );
}
