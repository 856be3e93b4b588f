import { CourtCaseDetail } from "../modules/record-pages/components/CourtCaseDetail";

export function CourtCasePage({ slug }: { slug: string }) {
  return <CourtCaseDetail slug={slug} />;
}
