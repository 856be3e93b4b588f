import DataLoader from "dataloader";
import type { Queryable } from "../shared/queryable";
import { applicablePolicies, policiesByJurisdiction, policiesBySlug } from "./policy.service";

export function createPolicyLoaders(q: Queryable) {
  return {
    policy: new DataLoader((slugs: readonly string[]) => policiesBySlug(q, slugs)),
    policiesOfJurisdiction: new DataLoader((slugs: readonly string[]) => policiesByJurisdiction(q, slugs)),
    policiesApplyingIn: new DataLoader((slugs: readonly string[]) => applicablePolicies(q, slugs)),
  };
}
