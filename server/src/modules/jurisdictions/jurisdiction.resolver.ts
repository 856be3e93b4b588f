import type { JurisdictionKind } from "@subpoena-tracker/domain";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context";
import { JurisdictionKindEnum } from "../../schema/enums";
import { Agency } from "../agencies/agency.types";
import { Policy } from "../policies/policy.types";
import { getJurisdiction, listJurisdictions } from "./jurisdiction.service";
import { Jurisdiction } from "./jurisdiction.types";

@Resolver(() => Jurisdiction)
export class JurisdictionResolver {
  @Query(() => [Jurisdiction], {
    description:
      "Every jurisdiction in the data (states, counties, cities), in the order they were added, parents first.",
  })
  jurisdictions(
    @Ctx() ctx: RequestContext,
    @Arg("kinds", () => [JurisdictionKindEnum], { nullable: true, description: "Only these levels of government." })
    kinds: JurisdictionKind[] | null,
    @Arg("states", () => [String], {
      nullable: true,
      description: 'Only jurisdictions in these states (two-letter codes, e.g. ["OR"]).',
    })
    states: string[] | null,
  ): Promise<Jurisdiction[]> {
    return listJurisdictions(ctx.dataSource, { kinds, states });
  }

  @Query(() => Jurisdiction, {
    nullable: true,
    description: "One jurisdiction by slug. A missing slug gives null and an error with code NOT_FOUND.",
  })
  jurisdiction(
    @Ctx() ctx: RequestContext,
    @Arg("slug", () => ID, { description: "The jurisdiction's slug, e.g. `oregon` or `denver-co`." }) slug: string,
  ): Promise<Jurisdiction> {
    return getJurisdiction(ctx.dataSource, slug);
  }

  @FieldResolver(() => Jurisdiction, { nullable: true, description: "The jurisdiction it lies in; null for a state." })
  async parent(@Root() jurisdiction: Jurisdiction, @Ctx() ctx: RequestContext): Promise<Jurisdiction | null> {
    return jurisdiction.parentSlug ? ctx.loaders.jurisdiction.load(jurisdiction.parentSlug) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where it sits on the map: the five-digit Census FIPS code of its county (for a city, of the county its city hall is in). Null for a state (placed by `state`) and for a place not yet located.",
  })
  async countyFips(@Root() jurisdiction: Jurisdiction, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (jurisdiction.countyFips !== undefined) return jurisdiction.countyFips;
    return (await ctx.loaders.jurisdiction.load(jurisdiction.slug))?.countyFips ?? null;
  }

  @FieldResolver(() => [Jurisdiction], {
    description: "Every jurisdiction it lies in, nearest first (a city's county, then its state), for breadcrumbs.",
  })
  ancestors(@Root() jurisdiction: Jurisdiction, @Ctx() ctx: RequestContext): Promise<Jurisdiction[]> {
    return ctx.loaders.jurisdictionAncestors.load(jurisdiction.slug);
  }

  @FieldResolver(() => [Jurisdiction], { description: "Jurisdictions directly inside it, by name." })
  children(@Root() jurisdiction: Jurisdiction, @Ctx() ctx: RequestContext): Promise<Jurisdiction[]> {
    return ctx.loaders.jurisdictionChildren.load(jurisdiction.slug);
  }

  @FieldResolver(() => [Agency], {
    description: "Agencies of this jurisdiction itself (not of the places inside it), by name.",
  })
  agencies(@Root() jurisdiction: Jurisdiction, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return ctx.loaders.agenciesOfJurisdiction.load(jurisdiction.slug);
  }

  @FieldResolver(() => [Policy], {
    description: "Sanctuary laws and policies enacted by this jurisdiction itself.",
  })
  policies(@Root() jurisdiction: Jurisdiction, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return ctx.loaders.policiesOfJurisdiction.load(jurisdiction.slug);
  }

  @FieldResolver(() => [Policy], {
    description:
      "Policies that apply here: its own and those of every jurisdiction containing it (a county is bound by its state's law). Nearest first.",
  })
  applicablePolicies(@Root() jurisdiction: Jurisdiction, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    return ctx.loaders.policiesApplyingIn.load(jurisdiction.slug);
  }
}
