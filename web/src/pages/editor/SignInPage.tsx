import { useDocumentTitle } from "../../app/hooks/useDocumentTitle";
import { SignInForm } from "../../modules/editor-session/components/SignInForm";
import { PageHeader } from "../../ui/Layout";

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  useDocumentTitle("Sign in");
  return (
    <div className="editor">
      <PageHeader
        eyebrow="Editor"
        title="Sign in"
        dek="For the staff who keep the record current. Accounts are made by an administrator; there is no sign-up."
      />
      <SignInForm onSignedIn={onSignedIn} />
    </div>
  );
}
