import "./editor.css";
import { useEffect } from "react";
import { navigate } from "../../app/router";
import { paths, type EditorRoute } from "../../app/routes";
import { useDocumentTitle } from "../../app/hooks/useDocumentTitle";
import { EditorBar, goToSignIn } from "../../modules/editor-session/components/EditorBar";
import { ChangePasswordForm } from "../../modules/editor-session/components/ChangePasswordForm";
import { useViewer } from "../../modules/editor-session/hooks/useViewer";
import { PageHeader } from "../../ui/Layout";
import { ErrorState, Skeleton } from "../../ui/status";
import { ChangesetPage } from "./ChangesetPage";
import { ChangesetsPage } from "./ChangesetsPage";
import { AdminPage } from "./AdminPage";
import { InboxPage } from "./InboxPage";
import { PreviewPage } from "./PreviewPage";
import { SignInPage } from "./SignInPage";

// The staff side: every page but sign-in needs a session, and a one-time password is replaced before anything else.
export function EditorPages({ route }: { route: EditorRoute }) {
  const { viewer, fetching, error, refetch } = useViewer();
  const signedOut = !fetching && !error && !viewer;
  useEffect(() => {
    if (signedOut && route.name !== "editor-sign-in") goToSignIn();
    if (viewer && route.name === "editor-sign-in") navigate(route.next ?? paths.editor(), { replace: true });
  }, [signedOut, viewer, route]);

  if (route.name === "editor-sign-in") {
    return viewer ? <Skeleton height={200} label="Signing in" /> : <SignInPage onSignedIn={refetch} />;
  }
  if (error && !viewer)
    return <ErrorState title="Could not tell whether you are signed in" error={error} onRetry={refetch} />;
  if (!viewer) return <Skeleton height={400} label="Checking your sign-in" />;
  const { account } = viewer;
  if (account.mustChangePassword) return <NewPasswordPage onChanged={refetch} />;
  return (
    <div className="editor">
      <EditorBar account={account} />
      {(() => {
        switch (route.name) {
          case "editor-home":
            return <ChangesetsPage account={account} />;
          case "editor-changeset":
            return <ChangesetPage id={route.id} account={account} />;
          case "editor-preview":
            return <PreviewPage id={route.id} page={route.page} />;
          case "editor-inbox":
            return <InboxPage account={account} />;
          case "editor-admin":
            return <AdminPage account={account} />;
        }
      })()}
    </div>
  );
}

function NewPasswordPage({ onChanged }: { onChanged: () => void }) {
  useDocumentTitle("Choose a new password");
  return (
    <div className="editor">
      <PageHeader
        eyebrow="Editor"
        title="Choose a new password"
        dek="You signed in with a one-time password. Replace it with one only you know before you go on."
      />
      <ChangePasswordForm oneTime onChanged={onChanged} />
    </div>
  );
}
