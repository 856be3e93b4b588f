import DataLoader from "dataloader";
import type { Queryable } from "../shared/queryable";
import { agenciesByJurisdiction, agenciesBySlug } from "./agency.service";

export function createAgencyLoaders(q: Queryable) {
  return {
    agency: new DataLoader((slugs: readonly string[]) => agenciesBySlug(q, slugs)),
    agenciesOfJurisdiction: new DataLoader((slugs: readonly string[]) => agenciesByJurisdiction(q, slugs)),
  };
}
