import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { NotFoundError } from "../../schema/errors";
import { Jurisdiction } from "../jurisdictions/jurisdiction.types";
import { sourceOwnerKey } from "../sources/source.service";
import { Source } from "../sources/source.types";
import { listPolicies } from "./policy.service";
import { Policy } from "./policy.types";

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => [Policy], { description: "Sanctuary laws and policies, in the order they were added." })
  policies(
    @Ctx() ctx: RequestContext,
    @Arg("jurisdiction", () => String, {
      nullable: true,
      description:
        "A jurisdiction slug: only the policies that apply there, its own and those of every jurisdiction containing it, nearest first.",
    })
    jurisdiction: string | null,
  ): Promise<Policy[]> {
    return listPolicies(ctx.dataSource, jurisdiction);
  }

  @FieldResolver(() => Jurisdiction, { description: "The jurisdiction that enacted it." })
  async jurisdiction(@Root() policy: Policy, @Ctx() ctx: RequestContext): Promise<Jurisdiction> {
    const found = await ctx.loaders.jurisdiction.load(policy.jurisdictionSlug);
    if (!found) throw new NotFoundError(`The jurisdiction of policy "${policy.slug}" no longer exists.`);
    return found;
  }

  @FieldResolver(() => [Source], { description: "Documents supporting the policy's facts, in citation order." })
  sources(@Root() policy: Policy, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return ctx.loaders.sourcesOf.load(sourceOwnerKey("policy", policy.slug));
  }
}
