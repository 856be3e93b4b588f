import type { AgencyKind } from "@subpoena-tracker/domain";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { AgencyKindEnum } from "../../schema/enums";
import { NotFoundError } from "../../schema/errors";
import { Jurisdiction } from "../jurisdictions/jurisdiction.types";
import { listAgencies } from "./agency.service";
import { Agency } from "./agency.types";

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: "Agencies that received subpoenas, by name." })
  agencies(
    @Ctx() ctx: RequestContext,
    @Arg("jurisdiction", () => String, {
      nullable: true,
      description: "A jurisdiction slug: only agencies of it and of every place inside it.",
    })
    jurisdiction: string | null,
    @Arg("kinds", () => [AgencyKindEnum], { nullable: true, description: "Only agencies of these kinds." })
    kinds: AgencyKind[] | null,
  ): Promise<Agency[]> {
    return listAgencies(ctx.dataSource, { jurisdiction, kinds });
  }

  @FieldResolver(() => Jurisdiction, { description: "The jurisdiction the agency belongs to." })
  async jurisdiction(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Jurisdiction> {
    const found = await ctx.loaders.jurisdiction.load(agency.jurisdictionSlug);
    if (!found) throw new NotFoundError(`The jurisdiction of agency "${agency.slug}" no longer exists.`);
    return found;
  }
}
