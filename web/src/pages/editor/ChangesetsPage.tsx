import { useDocumentTitle } from "../../app/hooks/useDocumentTitle";
import { ChangesetList } from "../../modules/changesets/components/ChangesetList";
import type { ViewerAccount } from "../../modules/editor-session/hooks/useViewer";
import { PageHeader } from "../../ui/Layout";

export function ChangesetsPage({ account }: { account: ViewerAccount }) {
  useDocumentTitle("Changesets");
  return (
    <>
      <PageHeader
        eyebrow="Editor"
        title="Changesets"
        dek="Changes to the record are drafted in changesets, reviewed by an editor and published together with a public note."
      />
      <ChangesetList canDraft={Boolean(account)} />
    </>
  );
}
