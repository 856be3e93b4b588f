import DataLoader from "dataloader";
import type { Queryable } from "../shared/queryable";
import { ancestorsOf, childrenOf, jurisdictionsBySlug } from "./jurisdiction.service";

export function createJurisdictionLoaders(q: Queryable) {
  return {
    jurisdiction: new DataLoader((slugs: readonly string[]) => jurisdictionsBySlug(q, slugs)),
    jurisdictionChildren: new DataLoader((slugs: readonly string[]) => childrenOf(q, slugs)),
    jurisdictionAncestors: new DataLoader((slugs: readonly string[]) => ancestorsOf(q, slugs)),
  };
}
