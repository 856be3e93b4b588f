import DataLoader from "dataloader";
import type { Queryable } from "../shared/queryable";
import { batchIdsByCourtCase, courtCasesBySlug } from "./court-case.service";

export function createCourtCaseLoaders(q: Queryable) {
  return {
    courtCase: new DataLoader((slugs: readonly string[]) => courtCasesBySlug(q, slugs)),
    batchIdsOfCourtCase: new DataLoader((slugs: readonly string[]) => batchIdsByCourtCase(q, slugs)),
  };
}
