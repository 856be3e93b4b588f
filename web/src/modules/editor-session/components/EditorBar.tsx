import { useMutation } from "urql";
import { Link, navigate, useLocation } from "../../../app/router";
import { paths } from "../../../app/routes";
import { graphql } from "../../../gql/editor";
import type { ViewerAccount } from "../hooks/useViewer";
import { canPublish, ROLE_LABELS } from "../utils/roles";

const SignOutMutation = graphql(`
  mutation EditorBar_SignOut {
    signOut
  }
`);

// The staff pages' own navigation, under the site's header: who is signed in, where to work, and signing out.
export function EditorBar({ account }: { account: ViewerAccount }) {
  const { pathname } = useLocation();
  const [signOutResult, signOut] = useMutation(SignOutMutation);
  const items = [
    {
      to: paths.editor(),
      label: "Changesets",
      current: pathname === "/editor" || pathname.startsWith("/editor/changesets"),
    },
    ...(canPublish(account.role)
      ? [{ to: paths.inbox(), label: "Error reports", current: pathname.startsWith("/editor/inbox") }]
      : []),
    ...(account.role === "ADMIN"
      ? [{ to: paths.admin(), label: "Accounts and tokens", current: pathname.startsWith("/editor/admin") }]
      : []),
    { to: paths.changes(), label: "Public changes", current: false },
  ];
  const leave = async () => {
    await signOut({});
    // A full load forgets everything the signed-in pages cached.
    window.location.assign(paths.signIn());
  };
  return (
    <nav className="editor-bar" aria-label="Editor">
      <ul className="editor-bar__links">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item.current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="editor-bar__who">
        <span>
          Signed in as <strong>{account.email}</strong> ({ROLE_LABELS[account.role]})
        </span>
        <button type="button" className="button button--quiet" onClick={leave} disabled={signOutResult.fetching}>
          Sign out
        </button>
      </p>
    </nav>
  );
}

/** Sends a signed-out visitor to the sign-in page, to come back here afterwards. */
export function goToSignIn(): void {
  const here = window.location.pathname + window.location.search;
  navigate(paths.signIn(here === paths.editor() ? undefined : here), { replace: true });
}
