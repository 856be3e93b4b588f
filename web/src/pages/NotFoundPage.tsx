import { useDocumentTitle } from "../app/hooks/useDocumentTitle";
import { NotFound } from "../ui/NotFound";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return <NotFound />;
}
