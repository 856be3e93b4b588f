import { PreviewFrame } from "../../modules/preview/components/PreviewFrame";

export function PreviewPage({ id, page }: { id: string; page: string }) {
  return <PreviewFrame id={id} page={page} />;
}
