import { BatchDetail } from "../modules/batch-detail/components/BatchDetail";

export function BatchPage({ id }: { id: string }) {
  return <BatchDetail id={id} />;
}
