import { useDocumentTitle } from "../app/hooks/useDocumentTitle";
import { Link } from "../app/router";
import { paths } from "../app/routes";
import { ChangeLog } from "../modules/changes/components/ChangeLog";
import { CHANGES_FEED_URL } from "../modules/take-away/utils/apiLinks";
import { PageHeader } from "../ui/Layout";

export function ChangesPage() {
  useDocumentTitle("Corrections and changes");
  return (
    <>
      <PageHeader
        eyebrow={<Link to={paths.methodology()}>How the data is built</Link>}
        title="Corrections and changes"
        dek="Every change to the record, by version of the dataset: what was added, corrected or withdrawn, and why. Nothing is deleted from the history; each version can be downloaded exactly as it was published."
        meta={
          <a href={CHANGES_FEED_URL} className="button">
            Follow the changes (Atom feed)
          </a>
        }
      />
      <ChangeLog />
    </>
  );
}
