import { useDocumentTitle } from "../../app/hooks/useDocumentTitle";
import { ChangesetView } from "../../modules/changesets/components/ChangesetView";
import type { ViewerAccount } from "../../modules/editor-session/hooks/useViewer";

export function ChangesetPage({ id, account }: { id: string; account: ViewerAccount }) {
  useDocumentTitle(`Changeset ${id}`);
  return <ChangesetView id={id} account={account} />;
}
