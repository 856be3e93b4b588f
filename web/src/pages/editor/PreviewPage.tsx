export function PreviewPage({ id }: { id: string }) {
  return <p>{id}</p>;
}
