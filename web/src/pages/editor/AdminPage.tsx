import { useDocumentTitle } from "../../app/hooks/useDocumentTitle";
import type { ViewerAccount } from "../../modules/editor-session/hooks/useViewer";
import { StaffAdmin } from "../../modules/staff-admin/components/StaffAdmin";
import { PageHeader } from "../../ui/Layout";

export function AdminPage({ account }: { account: ViewerAccount }) {
  useDocumentTitle("Accounts and tokens");
  return (
    <>
      <PageHeader
        eyebrow="Editor"
        title="Accounts and tokens"
        dek="Who may sign in and as what, and the API tokens scripts use. Passwords and tokens are shown once, when they are made: pass them on privately."
      />
      {account.role === "ADMIN" ? (
        <StaffAdmin selfId={account.id} />
      ) : (
        <p className="status">Accounts and tokens are managed by admins.</p>
      )}
    </>
  );
}
