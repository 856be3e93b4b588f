import { useDocumentTitle } from "../../app/hooks/useDocumentTitle";
import type { ViewerAccount } from "../../modules/editor-session/hooks/useViewer";
import { canPublish } from "../../modules/editor-session/utils/roles";
import { Inbox } from "../../modules/inbox/components/Inbox";
import { PageHeader } from "../../ui/Layout";

export function InboxPage({ account }: { account: ViewerAccount }) {
  useDocumentTitle("Error reports");
  return (
    <>
      <PageHeader
        eyebrow="Editor"
        title="Error reports"
        dek="What readers say is wrong, sent with the “Report an error” form on record pages. Link each to the changeset that fixes it: it is resolved when that is published."
      />
      {canPublish(account.role) ? (
        <Inbox />
      ) : (
        <p className="status">Error reports are for editors. Ask an editor to pass one on to you.</p>
      )}
    </>
  );
}
