import { useEffect } from "react";

const SITE_NAME = "Subpoena Tracker";

// Each page names itself in the tab and in the history list, and screen readers announce it on navigation.
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title
      ? `${title} · ${SITE_NAME}`
      : `${SITE_NAME}: ICE administrative subpoenas to sanctuary jurisdictions`;
  }, [title]);
}
