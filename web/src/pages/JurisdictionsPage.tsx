import { useDocumentTitle } from "../app/hooks/useDocumentTitle";
import { PageHeader } from "../ui/Layout";
import { JurisdictionIndex } from "../modules/jurisdictions/components/JurisdictionIndex";

export function JurisdictionsPage() {
  useDocumentTitle("Jurisdictions");
  return (
    <>
      <PageHeader
        title="Jurisdictions"
        dek="Every state, county and city in the data. A state's figures include its counties and cities; a county's include its cities."
      />
      <JurisdictionIndex />
    </>
  );
}
