import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { RequestContext } from "../../context";
import { Agency } from "../agencies/agency.types";
import { Batch } from "../batches/batch.types";
import { CourtCase } from "../court-cases/court-case.types";
import { Jurisdiction } from "../jurisdictions/jurisdiction.types";
import { Policy } from "../policies/policy.types";
import { Source } from "../sources/source.types";
import type { WithdrawableKind } from "./withdrawal.service";
import { Withdrawal } from "./withdrawal.types";

const DESCRIPTION =
  "Null while the record stands. Once it has been withdrawn from the dataset (a published change with a reason): when and why. A withdrawn record can still be read by its id, with its history; a withdrawn batch is no longer counted.";

/** The `withdrawn` field of one record type, read through the request's loader for that kind. */
function withdrawnResolver<T extends object>(
  type: ClassType<T>,
  kind: WithdrawableKind,
  keyOf: (record: T) => string,
): ClassType {
  @Resolver(() => type)
  class WithdrawnResolver {
    @FieldResolver(() => Withdrawal, { nullable: true, description: DESCRIPTION })
    withdrawn(@Root() record: T, @Ctx() { loaders }: RequestContext): Promise<Withdrawal | null> {
      return loaders.withdrawal[kind].load(keyOf(record));
    }
  }
  Object.defineProperty(WithdrawnResolver, "name", { value: `${type.name}WithdrawnResolver` });
  return WithdrawnResolver;
}

export const WITHDRAWN_RESOLVERS = [
  withdrawnResolver(Jurisdiction, "jurisdiction", (r) => r.slug),
  withdrawnResolver(Agency, "agency", (r) => r.slug),
  withdrawnResolver(Policy, "policy", (r) => r.slug),
  withdrawnResolver(CourtCase, "courtCase", (r) => r.slug),
  withdrawnResolver(Source, "source", (r) => r.id),
  withdrawnResolver(Batch, "batch", (r) => r.id),
] as const;
