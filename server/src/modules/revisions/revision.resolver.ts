import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { UserInputError } from "../../schema/errors";
import { RecordRefInput } from "../changesets/dto/record.inputs";
import { publishedChanges, revisionsOf } from "./revision.service";
import { DatasetChange, DatasetChangeConnection, Revision } from "./revision.types";

export const versionDownloadPath = (version: number): string => `/api/v1/datapackage.zip?version=${version}`;

@Resolver()
export class RevisionResolver {
  @Query(() => [Revision], {
    description:
      "A record's published history, oldest first: every change with its date, dataset version and reason. A batch's history includes its events'. Public; drafts never appear.",
  })
  revisions(
    @Ctx() ctx: RequestContext,
    @Arg("record", () => RecordRefInput, { description: "The record." }) record: RecordRefInput,
  ): Promise<Revision[]> {
    return revisionsOf(ctx.dataSource, record.type, record.id);
  }

  @Query(() => DatasetChangeConnection, {
    description:
      "Every published change to the dataset by version, newest first, with its note and the records it touched (also as an Atom feed at /feeds/changes.atom).",
  })
  async changes(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, description: "How many, at most 100 (default 20)." })
    first: number | null,
    @Arg("before", () => Int, { nullable: true, description: "Only versions older than this one (the next page)." })
    before: number | null,
  ): Promise<DatasetChangeConnection> {
    const size = first ?? 20;
    if (size < 1 || size > 100) throw new UserInputError("first: must be from 1 to 100", "first");
    const page = await publishedChanges(ctx.dataSource, { first: size, before, recordsPerChange: 100 });
    return {
      totalCount: page.totalCount,
      nodes: page.nodes.map((n): DatasetChange => ({ ...n, downloadPath: versionDownloadPath(n.version) })),
    };
  }
}
