import type { ViewerAccount } from "../../modules/editor-session/hooks/useViewer";

export function InboxPage({ account }: { account: ViewerAccount }) {
  return <p>{account.email}</p>;
}
