import { ValidateNested } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../batch-page";
import { BatchOrder } from "../batch.types";
import { BatchFilter } from "./batch-filter.input";

@ArgsType()
export class BatchesArgs {
  @Field(() => BatchFilter, { nullable: true, description: "Which batches to list; all of them when left out." })
  @ValidateNested()
  filter?: BatchFilter | null;

  @Field(() => BatchOrder, {
    nullable: true,
    defaultValue: BatchOrder.ISSUED_ON_ASC,
    description: "Sort order. Cursors are valid only with the orderBy they were made with.",
  })
  orderBy?: BatchOrder | null;

  // first/last are checked by the service rather than by class-validator, so the error names the argument and the
  // range in one sentence ("first must be between 1 and 100").
  @Field(() => Int, {
    nullable: true,
    description: `Page size when paging forward: 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Start after this cursor (an endCursor from the previous page).",
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size when paging backward: 1 to ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "End before this cursor (a startCursor from the following page).",
  })
  before?: string | null;
}
