import { paths } from "../../../app/routes";
import type { RecordType } from "../../../gql/graphql";

const NOUNS: Record<RecordType, string> = {
  BATCH: "Batch",
  EVENT: "Event",
  SOURCE: "Source",
  JURISDICTION: "Jurisdiction",
  AGENCY: "Agency",
  POLICY: "Policy",
  COURT_CASE: "Court case",
};

export function recordNoun(type: RecordType): string {
  return NOUNS[type];
}

/** The public page of a record, where it has one of its own. */
export function recordPath(type: RecordType, id: string): string | null {
  switch (type) {
    case "BATCH":
      return paths.batch(id);
    case "JURISDICTION":
      return paths.jurisdiction(id);
    case "SOURCE":
      return paths.source(id);
    case "COURT_CASE":
      return paths.courtCase(id);
    default:
      return null;
  }
}
