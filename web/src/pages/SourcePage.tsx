import { SourceDetail } from "../modules/record-pages/components/SourceDetail";

export function SourcePage({ id }: { id: string }) {
  return <SourceDetail id={id} />;
}
