import { ValidateNested } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../batches/batch-page";
import { RecordFilter } from "../record.types";

/** Filters and paging of a record table; each table's query adds its own orderBy. */
@ArgsType()
export class RecordTableArgs {
  @Field(() => [RecordFilter], {
    nullable: true,
    description: "Facet values to narrow the list by; all of them must hold. Left out: every record.",
  })
  @ValidateNested({ each: true })
  filters?: RecordFilter[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size when paging forward: 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Start after this cursor (an endCursor)." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size when paging backward: 1 to ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "End before this cursor (a startCursor)." })
  before?: string | null;
}
