import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "How a record left the dataset: a published change with its reason. The record keeps its page and its history, and is no longer counted.",
})
export class Withdrawal {
  @Field({ description: "When the withdrawal was published." })
  at: Date;

  @Field(() => String, { nullable: true, description: "Why it was withdrawn, as published with the change." })
  reason: string | null;
}
