import { useDocumentTitle } from "../app/hooks/useDocumentTitle";
import { PageHeader } from "../ui/Layout";
import { MethodologyContent } from "../modules/methodology/components/MethodologyContent";

export function MethodologyPage() {
  useDocumentTitle("Methodology");
  return (
    <>
      <PageHeader
        title="Methodology"
        dek="Where the data comes from, how outcomes are worked out, what the numbers leave out, and how to tell us when something is wrong."
      />
      <MethodologyContent />
    </>
  );
}
