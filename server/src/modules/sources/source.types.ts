import type { DatePrecision, Reliability, SourceKind } from "@subpoena-tracker/domain";
import { Field, ID, ObjectType } from "type-graphql";
import { DatePrecisionEnum, ReliabilityEnum, SourceKindEnum } from "../../schema/enums";
import { PartialDateScalar } from "../../schema/scalars";

@ObjectType({
  description:
    "A document that facts are drawn from: a press release, a news report, a court record. Every batch, event, court case and policy cites its sources; `quote` is the passage that supports the fact.",
})
export class Source {
  @Field(() => ID, { description: "Stable identifier, e.g. `ice-2020-02-13-ct`." })
  id: string;

  @Field({ description: "Address of the document." })
  url: string;

  @Field({ description: "Who published it." })
  publisher: string;

  @Field(() => String, { nullable: true, description: "Title or headline." })
  title: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it was published, as precisely as known; null if not known.",
  })
  publishedOn: string | null;

  @Field(() => DatePrecisionEnum, {
    nullable: true,
    description: "Precision of publishedOn; null when publishedOn is.",
  })
  publishedPrecision: DatePrecision | null;

  @Field(() => SourceKindEnum, { description: "What kind of document it is." })
  kind: SourceKind;

  @Field(() => ReliabilityEnum, {
    description:
      "How close it is to the facts. AGGREGATOR sources are copies to be checked against the original publisher.",
  })
  reliability: Reliability;

  @Field(() => String, {
    nullable: true,
    description: "A short passage from the document supporting the facts that cite it.",
  })
  quote: string | null;
}
