import type { Reliability, SourceKind } from "@subpoena-tracker/domain";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { ReliabilityEnum, SourceKindEnum } from "../../schema/enums";
import { getSource, listSources } from "./source.service";
import { Source } from "./source.types";

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => [Source], { description: "Every document cited, in the order they were added." })
  sources(
    @Ctx() ctx: RequestContext,
    @Arg("kinds", () => [SourceKindEnum], { nullable: true, description: "Only documents of these kinds." })
    kinds: SourceKind[] | null,
    @Arg("reliabilities", () => [ReliabilityEnum], {
      nullable: true,
      description: "Only documents of these reliabilities, e.g. [AGGREGATOR] to find copies still to be checked.",
    })
    reliabilities: Reliability[] | null,
  ): Promise<Source[]> {
    return listSources(ctx.dataSource, { kinds, reliabilities });
  }

  @Query(() => Source, {
    nullable: true,
    description: "One source by id. A missing id gives null and an error with code NOT_FOUND.",
  })
  source(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The source id, e.g. `ice-2020-02-13-ct`." }) id: string,
  ): Promise<Source> {
    return getSource(ctx.dataSource, id);
  }
}
